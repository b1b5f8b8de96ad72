// The Contact tab's badge: how many conversations have a reply she has not
// seen. The core counts and words it; the number is shown, and the tab's
// label for screen readers carries it ("Contact, 2 conversations with a
// new reply"). Set from the contact list and from the shell's `replies`
// event, when the background sync brings a reply.

/** Shows `count` on the Contact tab, or nothing for 0. */
export function setContactBadge(count: number, label: string | null): void {
  const tab = document.getElementById("nav-contact");
  if (!tab) return;
  tab.querySelector(".nav-badge")?.remove();
  if (count > 0 && label) {
    const badge = document.createElement("span");
    badge.className = "nav-badge";
    badge.setAttribute("aria-hidden", "true");
    badge.textContent = count > 99 ? "99+" : String(count);
    tab.append(badge);
    tab.setAttribute("aria-label", label);
  } else {
    tab.removeAttribute("aria-label");
  }
}
