// The fake of "@tauri-apps/api/core": `invoke` answers as the core would.
export { fakeInvoke as invoke, FakeChannel as Channel } from "./harness";
