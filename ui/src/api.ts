// The only way the UI reaches anything: the app's own commands. Each call is
// written out (no generic passthrough) so that the capability check in
// tests/config can see exactly which commands the UI uses.
import { Channel, invoke } from "@tauri-apps/api/core";
import type {
  AlarmSettings,
  AppEvent,
  ArticleView,
  ContactView,
  ConversationView,
  SyncSettings,
  DiarySearch,
  DiaryStatus,
  DiaryWeek,
  Entry,
  EntryBody,
  DirectoryView,
  LinkRequest,
  LocaleView,
  ReminderOpened,
  SearchView,
  TopicPage,
  TopicView,
} from "./types";

export const api = {
  /** Hands the shell a channel for what it tells the UI unasked (`AppEvent`);
   *  a later call replaces the earlier channel. */
  appEvents: (onEvent: (e: AppEvent) => void) => invoke<null>("app_events", { onEvent: new Channel<AppEvent>(onEvent) }),
  localeView: () => invoke<LocaleView>("locale_view"),
  setLocale: (code: string) => invoke<LocaleView>("set_locale", { code }),
  topics: () => invoke<TopicView[]>("topics"),
  topic: (id: string) => invoke<TopicPage>("topic", { id }),
  article: (id: string) => invoke<ArticleView>("article", { id }),
  search: (query: string) => invoke<SearchView>("search", { query }),
  directory: () => invoke<DirectoryView>("directory"),
  setCity: (city: string) => invoke<null>("set_city", { city }),
  openLink: (request: LinkRequest) => invoke<null>("open_link", { request }),

  // The diary. PINs and entries go to the core and nowhere else.
  diaryStatus: () => invoke<DiaryStatus>("diary_status"),
  diarySetUp: (secret: string) => invoke<string>("diary_set_up", { secret }),
  diaryUnlock: (secret: string) => invoke<DiaryStatus>("diary_unlock", { secret }),
  diaryReminder: () => invoke<ReminderOpened | null>("diary_reminder"),
  diaryLock: () => invoke<DiaryStatus>("diary_lock"),
  diaryWeek: (day: string | null) => invoke<DiaryWeek>("diary_week", { day }),
  diarySearch: (query: string) => invoke<DiarySearch>("diary_search", { query }),
  diaryEntry: (id: string) => invoke<Entry>("diary_entry", { id }),
  diarySave: (id: string | null, body: EntryBody) => invoke<Entry>("diary_save", { id, body }),
  diaryDelete: (id: string) => invoke<null>("diary_delete", { id }),
  /** The photo's bytes travel as the raw request body. */
  diaryAddPhoto: (bytes: Uint8Array) => invoke<string>("diary_add_photo", bytes),
  diaryPhoto: (id: string) => invoke<ArrayBuffer>("diary_photo", { id }),
  diarySettings: (autoLockSecs: number, wipeAfter: number | null) =>
    invoke<DiaryStatus>("diary_settings", { autoLockSecs, wipeAfter }),
  diarySetDuress: (current: string, duress: string) => invoke<null>("diary_set_duress", { current, duress }),
  diaryChangeSecret: (current: string, next: string) => invoke<null>("diary_change_secret", { current, new: next }),
  diaryExport: () => invoke<string>("diary_export"),
  diaryStageRestore: (bytes: Uint8Array) => invoke<null>("diary_stage_restore", bytes),
  diaryRestore: (recovery: string, secret: string) => invoke<DiaryStatus>("diary_restore", { recovery, secret }),
  wipeEverything: () => invoke<null>("wipe_everything"),
  setDisguise: (on: boolean) => invoke<DiaryStatus>("set_disguise", { on }),

  // Sync with the partner server, and contact with a support worker.
  syncStatus: () => invoke<SyncSettings>("sync_status"),
  syncNow: () => invoke<SyncSettings>("sync_now"),
  setPartnerServer: (server: string) => invoke<SyncSettings>("set_partner_server", { server }),
  contactView: () => invoke<ContactView>("contact_view"),
  contactStart: (organisation: string, name: string, callback: string, text: string) =>
    invoke<ConversationView>("contact_start", { organisation, name, callback, text }),
  contactConversation: (id: string) => invoke<ConversationView>("contact_conversation", { id }),
  contactSend: (id: string, text: string) => invoke<ConversationView>("contact_send", { id, text }),
  /** A report of a mistake; `about` is `article:<id>` or `organisation:<id>`. */
  contactReport: (about: string, text: string) => invoke<ConversationView>("contact_report", { about, text }),
  contactForget: (id: string, onServer: boolean) => invoke<null>("contact_forget", { id, onServer }),

  // The silent alarm. The calculator code and the emergency PIN go to the core only.
  alarmSettings: () => invoke<AlarmSettings>("alarm_settings"),
  alarmSetUp: (organisation: string, code: string | null, duressPin: string | null) =>
    invoke<AlarmSettings>("alarm_set_up", { organisation, code, duressPin }),
  alarmTurnOff: () => invoke<AlarmSettings>("alarm_turn_off"),
  alarmHelpNow: () => invoke<null>("alarm_help_now"),
  /** Digits typed before "=" in the calculator; answers at once, whatever they are. */
  alarmCalculator: (input: string) => invoke<null>("alarm_calculator", { input }),
};
