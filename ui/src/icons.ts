// Line icons drawn as inline SVG, so they look the same on every phone
// (emoji fonts differ or are missing) and need no image file or request.
const PATHS: Record<string, string> = {
  book: "M3 5h6a3 3 0 0 1 3 3v12a2.5 2.5 0 0 0-2.5-2.5H3z M21 5h-6a3 3 0 0 0-3 3v12a2.5 2.5 0 0 1 2.5-2.5H21z",
  search: "M10.5 3.5a7 7 0 1 1 0 14 7 7 0 0 1 0-14z M15.5 15.5L21 21",
  phone: "M5 3.5h3.5l2 5-2.5 1.6a11.5 11.5 0 0 0 5.4 5.4L15 13l5 2v3.5a2 2 0 0 1-2 2A16.5 16.5 0 0 1 3 5.5a2 2 0 0 1 2-2z",
  globe: "M12 3a9 9 0 1 1 0 18 9 9 0 0 1 0-18z M3 12h18 M12 3c2.5 2.5 3.8 5.5 3.8 9s-1.3 6.5-3.8 9 M12 3c-2.5 2.5-3.8 5.5-3.8 9s1.3 6.5 3.8 9",
  close: "M6 6l12 12 M18 6L6 18",
  chat: "M4 5h16v11H9l-5 4z M8 9h8 M8 12h5",
  diary: "M7 11V8a5 5 0 0 1 10 0v3 M5 11h14v10H5z M12 15v2",
  rights: "M12 4v16 M7 20h10 M5 7h14 M5 7l-2.5 6a2.5 2.5 0 0 0 5 0z M19 7l-2.5 6a2.5 2.5 0 0 0 5 0z",
  health: "M12 5v14 M5 12h14",
  money: "M17 6.5a7 7 0 1 0 0 11 M4 10h9 M4 14h9",
  safety: "M12 3l8 3v6c0 5-3.5 8-8 9-4.5-1-8-4-8-9V6z",
  exiting: "M10 4H5v16h5 M14 8l4 4-4 4 M18 12H9",
  help: "M5 3.5h3.5l2 5-2.5 1.6a11.5 11.5 0 0 0 5.4 5.4L15 13l5 2v3.5a2 2 0 0 1-2 2A16.5 16.5 0 0 1 3 5.5a2 2 0 0 1 2-2z",
};

const NS = "http://www.w3.org/2000/svg";

/** A decorative icon: hidden from screen readers, coloured by the text. */
export function icon(name: string): SVGSVGElement {
  const svg = document.createElementNS(NS, "svg");
  svg.setAttribute("viewBox", "0 0 24 24");
  svg.setAttribute("class", "icon");
  svg.setAttribute("aria-hidden", "true");
  svg.setAttribute("focusable", "false");
  svg.setAttribute("fill", "none");
  svg.setAttribute("stroke", "currentColor");
  svg.setAttribute("stroke-width", "2");
  svg.setAttribute("stroke-linecap", "round");
  svg.setAttribute("stroke-linejoin", "round");
  const path = document.createElementNS(NS, "path");
  path.setAttribute("d", PATHS[name] ?? PATHS.book);
  svg.append(path);
  return svg;
}
