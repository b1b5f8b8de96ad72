// What the diary leaves on the page besides the screen itself: the object
// URLs of decrypted photos. Locking, hiding the app, the quick exit and every
// new diary screen forget them.

/** Object URLs of decrypted photos on screen; revoked when the screen goes. */
let photoUrls: string[] = [];

export function forgetDiary(): void {
  for (const u of photoUrls) URL.revokeObjectURL(u);
  photoUrls = [];
}

/** An object URL for a decrypted photo, revoked by the next `forgetDiary`. */
export function photoUrl(photo: Blob): string {
  const url = URL.createObjectURL(photo);
  photoUrls.push(url);
  return url;
}
