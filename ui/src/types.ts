// The shapes the core sends; see ui/CONTRACT.md. Kept in one place so a
// change in the core shows up as a type error here.
export type Dir = "ltr" | "rtl";
export interface LocaleOption { code: string; name: string; dir: Dir }
export interface LocaleView { locale: string; dir: Dir; locales: LocaleOption[]; strings: Record<string, string> }
export interface TopicView { id: string; title: string; description: string; count: number; count_label: string }
export interface ArticleItem { id: string; title: string; summary: string; lang: string; dir: Dir; fallback: boolean }
export interface TopicPage { id: string; title: string; articles: ArticleItem[] }
export interface Source { title: string; url: string }
export interface ArticleView {
  id: string;
  topic: string;
  topic_title: string;
  title: string;
  summary: string;
  lang: string;
  dir: Dir;
  fallback_notice: string | null;
  reviewed: string;
  sources: Source[];
  html: string;
  related: ArticleItem[];
}
export interface SnippetPart { text: string; hit: boolean }
export interface SearchResult {
  id: string;
  title: string;
  topic_title: string;
  lang: string;
  dir: Dir;
  fallback: boolean;
  snippet: SnippetPart[];
}
export interface SearchView { query: string; results: SearchResult[]; count_label: string }
export type OpenState = "open" | "closed" | "always" | "unknown";
export interface OrganisationView {
  id: string;
  name: string;
  city: string;
  services: string[];
  description: string | null;
  address: string | null;
  phone: string | null;
  website: string | null;
  languages: string[];
  open_state: OpenState;
  open_label: string;
  hours: string[];
  caveats: string[];
  checked: string;
}
export interface DirectoryView { cities: string[]; organisations: OrganisationView[] }
export type LinkRequest =
  | { kind: "call"; organisation: string }
  | { kind: "map"; organisation: string }
  | { kind: "website"; organisation: string }
  | { kind: "source"; article: string; index: number }
  | { kind: "article-link"; article: string; url: string };
export interface ErrorView { code: string; message: string }
