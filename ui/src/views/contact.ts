// Contact with a support worker, and the sync status. Conversations live
// sealed in the diary's vault: this screen needs the diary open, and the
// quick exit, locking or hiding the app takes them off the page.
import { api } from "../api";
import { setContactBadge } from "../badge";
import { h, on } from "../dom";
import { field, formError, go, onSubmit, say, textArea, textInput, whileShown } from "../forms";
import { t } from "../strings";
import type { ContactOrganisation, ContactView, ConversationView, SyncSettings } from "../types";

/** What to expect after writing, above the message form: the
 *  organisation's own words, else the app's line about emergencies. */
const expectation = (text: string) => h("p", { id: "contact-expectation", class: "note expectation", dir: "auto" }, text);

/** A message: at most 4,000 characters, as the server takes. */
const messageArea = (id: string) => textArea(id, "", 4000, true);

/** The calm sync status, and where the partner server's address is set. */
export function syncPanel(s: SyncSettings): HTMLElement {
  const view = s.view;
  const status = h("div", { id: "sync-status", class: "sync-status", role: "status", "data-state": view.state },
    h("p", { class: "sync-headline" }, view.headline),
    view.progress
      ? h("progress", { max: view.progress[1], value: view.progress[0], "aria-label": view.details[0] ?? view.headline })
      : null,
    view.details.length ? h("ul", { class: "sync-details" }, view.details.map((d) => h("li", {}, d))) : null,
    view.notice ? h("p", { class: "sync-notice" }, view.notice) : null,
  );
  const server = textInput("sync-server", s.server, 300, "url");
  // The address in use when the person has not set one (given to the app).
  if (!s.server && s.effective) server.placeholder = s.effective;
  server.setAttribute("autocapitalize", "off");
  server.setAttribute("spellcheck", "false");
  const error = formError("sync-error");
  const saved = h("p", { id: "sync-saved", role: "status" });
  const form = h("form", { class: "diary-form sync-form", novalidate: true },
    field(t("ui-sync-server-label"), server, t(!s.server && s.effective ? "ui-sync-server-default-hint" : "ui-sync-server-hint")),
    error,
    h("div", { class: "actions" },
      h("button", { id: "sync-server-save", type: "submit" }, t("ui-sync-server-save")),
      on(h("button", { id: "sync-now", type: "button", class: "secondary" }, t("ui-sync-now")), "click", () => {
        api.syncNow().then((next) => status.replaceWith(syncPanel(next).querySelector("#sync-status") as HTMLElement)).catch((e) => say(error, e));
      }),
    ),
    saved,
  );
  onSubmit(form, error, async () => {
    await api.setPartnerServer(server.value).catch((err) => {
      server.focus();
      throw err;
    });
    saved.textContent = t("ui-sync-saved");
  });
  return h("section", { class: "sync-panel", "aria-labelledby": "sync-title" },
    h("h2", { id: "sync-title" }, t("ui-sync-title")),
    status,
    form,
  );
}

function organisation(o: ContactOrganisation): HTMLElement {
  const titleId = `contact-org-${o.id}`;
  return h("li", { class: "org", "data-org": o.id, "aria-labelledby": titleId },
    h("h3", { id: titleId }, o.name),
    o.city ? h("p", { class: "org-city" }, o.city) : null,
    o.description ? h("p", { class: "description" }, o.description) : null,
    h("a", { class: "button", href: `#/contact/new/${encodeURIComponent(o.id)}`, "aria-describedby": titleId }, t("ui-contact-write-to")),
  );
}

function conversationList(view: ContactView): HTMLElement {
  return h("section", { id: "conversations", "aria-labelledby": "conversations-title", hidden: view.conversations.length === 0 },
    h("h2", { id: "conversations-title" }, t("ui-contact-conversations")),
    h("ul", { class: "conversation-list" }, view.conversations.map((c) =>
      h("li", { class: "conversation-item", "data-unread": c.unread > 0 ? "yes" : null },
        h("a", { href: `#/contact/c/${encodeURIComponent(c.id)}` },
          h("span", { class: "conversation-org" }, c.organisation),
          h("span", { class: "conversation-when" }, c.when),
          c.unread_label ? h("span", { class: "badge" }, c.unread_label) : null,
          c.queued_label ? h("span", { class: "queued" }, c.queued_label) : null,
        ),
      ),
    )),
  );
}

function organisationList(view: ContactView): HTMLElement {
  return h("section", { id: "organisations", "aria-labelledby": "organisations-title" },
    h("h2", { id: "organisations-title" }, t("ui-contact-organisations")),
    view.organisations.length
      ? h("ul", { class: "org-list" }, view.organisations.map(organisation))
      : h("p", { id: "contact-no-organisations", class: "note" }, view.organisations_note ?? ""),
  );
}

async function listScreen(): Promise<HTMLElement> {
  const [view, sync] = await Promise.all([api.contactView(), api.syncStatus()]);
  setContactBadge(view.unread_conversations, view.unread_label);
  let shown = JSON.stringify(view);
  const screen = h("section", { id: "contact", class: "screen contact", "aria-labelledby": "contact-title", "data-unlocked": "" },
    h("h1", { id: "contact-title", tabindex: -1 }, t("ui-contact-title")),
    h("p", { class: "intro" }, t("ui-contact-intro")),
    conversationList(view),
    organisationList(view),
    syncPanel(sync),
  );
  // The status, replies and the organisations follow the background sync
  // while the screen is open; what the person is typing is left alone.
  whileShown(screen, 3000, async () => {
    const [s, v] = await Promise.all([api.syncStatus(), api.contactView()]);
    if (!screen.isConnected) return;
    setContactBadge(v.unread_conversations, v.unread_label);
    const fresh = syncPanel(s).querySelector("#sync-status");
    if (fresh) screen.querySelector("#sync-status")?.replaceWith(fresh);
    const now = JSON.stringify(v);
    if (now !== shown) {
      shown = now;
      screen.querySelector("#conversations")?.replaceWith(conversationList(v));
      screen.querySelector("#organisations")?.replaceWith(organisationList(v));
    }
  });
  return screen;
}

async function newScreen(orgId: string): Promise<HTMLElement> {
  const view = await api.contactView();
  const org = view.organisations.find((o) => o.id === orgId);
  if (!org) {
    go("#/contact");
    return h("section", {});
  }
  const name = textInput("contact-name", "", 80);
  const callback = textInput("contact-callback", "", 24, "tel");
  const text = messageArea("contact-text");
  const error = formError("contact-error");
  const form = h("form", { class: "diary-form", novalidate: true, "aria-describedby": "contact-expectation" },
    expectation(org.expectation),
    field(t("ui-contact-message-label"), text),
    field(t("ui-contact-name-label"), name),
    field(t("ui-contact-callback-label"), callback),
    error,
    h("button", { id: "contact-send", type: "submit" }, t("ui-contact-send")),
  );
  onSubmit(form, error, async () => {
    const c = await api.contactStart(org.id, name.value, callback.value, text.value);
    go(`#/contact/c/${encodeURIComponent(c.id)}`);
  });
  return h("section", { class: "screen contact", "aria-labelledby": "contact-new-title", "data-unlocked": "" },
    h("h1", { id: "contact-new-title", tabindex: -1 }, org.name),
    h("p", { class: "intro" }, t("ui-contact-intro")),
    form,
    h("p", {}, h("a", { href: "#/contact" }, t("ui-contact-back"))),
  );
}

function messages(c: ConversationView): HTMLElement {
  return h("ol", { id: "messages", class: "messages", "aria-live": "polite" },
    c.messages.map((m) =>
      h("li", { class: m.from_worker ? "message from-worker" : "message from-person" },
        h("p", { class: "message-meta" }, h("span", { class: "sender" }, m.sender), " · ", h("span", {}, m.when)),
        m.about ? h("p", { class: "message-about" }, m.about) : null,
        h("p", { class: "message-body", dir: "auto" }, m.body),
        m.state ? h("p", { class: "message-state" }, m.state) : null,
      ),
    ),
  );
}

async function conversationScreen(id: string): Promise<HTMLElement> {
  let c = await api.contactConversation(id);
  let list = messages(c);
  const text = messageArea("contact-reply");
  const error = formError("contact-error");
  const form = h("form", { class: "diary-form", novalidate: true, "aria-describedby": "contact-expectation" },
    expectation(c.expectation),
    field(t("ui-contact-reply-label"), text),
    error,
    h("button", { id: "contact-send", type: "submit" }, t("ui-contact-send")),
  );
  onSubmit(form, error, async () => {
    c = await api.contactSend(c.id, text.value);
    text.value = "";
    const next = messages(c);
    list.replaceWith(next);
    list = next;
  });
  const confirmServer = h("button", { id: "contact-delete-server", type: "button", class: "danger" }, c.delete_server_label);
  const deviceOnly = h("button", { id: "contact-delete-device", type: "button", class: "secondary" }, t("ui-contact-delete-device"));
  const forget = (onServer: boolean) => async () => {
    try {
      await api.contactForget(c.id, onServer);
      go("#/contact");
    } catch (err) {
      say(error, err);
    }
  };
  on(confirmServer, "click", forget(true));
  on(deviceOnly, "click", forget(false));
  const screen = h("section", { id: "conversation", class: "screen contact", "aria-labelledby": "conversation-title", "data-unlocked": "", "data-id": c.id },
    h("h1", { id: "conversation-title", tabindex: -1 }, c.organisation),
    c.closed_notice ? h("p", { class: "note" }, c.closed_notice) : null,
    list,
    form,
    h("div", { class: "actions" }, deviceOnly, confirmServer),
    h("p", {}, h("a", { href: "#/contact" }, t("ui-contact-back"))),
  );
  // Replies come in with the background sync; show them while the screen is open.
  whileShown(screen, 3000, async () => {
    const next = await api.contactConversation(c.id);
    const same = next.messages.length === c.messages.length && next.messages.every((m, i) => m.state === c.messages[i]?.state);
    if (!screen.isConnected || same) return;
    c = next;
    const fresh = messages(c);
    list.replaceWith(fresh);
    list = fresh;
  });
  return screen;
}

function needsDiary(): HTMLElement {
  return h("section", { id: "contact", class: "screen contact", "aria-labelledby": "contact-title" },
    h("h1", { id: "contact-title", tabindex: -1 }, t("ui-contact-title")),
    h("p", { class: "intro" }, t("ui-contact-intro")),
    h("p", { id: "contact-needs-diary", class: "note" }, t("ui-contact-needs-diary")),
    h("a", { class: "button", href: "#/diary" }, t("ui-contact-open-diary")),
  );
}

/** The contact screen the address names (`#/contact/...`). */
export async function renderContact(sub: string[]): Promise<HTMLElement> {
  const status = await api.diaryStatus();
  if (status.state !== "unlocked") return needsDiary();
  switch (sub[0]) {
    case "new":
      return newScreen(sub[1] ?? "");
    case "c":
      return conversationScreen(sub[1] ?? "");
    default:
      return listScreen();
  }
}
