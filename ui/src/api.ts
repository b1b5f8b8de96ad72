// The only way the UI reaches anything: the app's own commands. Each call is
// written out (no generic passthrough) so that the capability check in
// tests/config can see exactly which commands the UI uses.
import { invoke } from "@tauri-apps/api/core";
import type {
  ArticleView,
  DirectoryView,
  LinkRequest,
  LocaleView,
  SearchView,
  TopicPage,
  TopicView,
} from "./types";

export const api = {
  localeView: () => invoke<LocaleView>("locale_view"),
  setLocale: (code: string) => invoke<LocaleView>("set_locale", { code }),
  topics: () => invoke<TopicView[]>("topics"),
  topic: (id: string) => invoke<TopicPage>("topic", { id }),
  article: (id: string) => invoke<ArticleView>("article", { id }),
  search: (query: string) => invoke<SearchView>("search", { query }),
  directory: () => invoke<DirectoryView>("directory"),
  openLink: (request: LinkRequest) => invoke<null>("open_link", { request }),
};
