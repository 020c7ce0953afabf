// The personal token: from the leader's link (/panel#token=…, a fragment never reaches the
// server's logs) or pasted in; kept in sessionStorage only, so it is gone with the tab.

const KEY = 'auditpanel.token';

/** Takes a token from location.hash into sessionStorage and removes it from the address bar. */
export function adoptTokenFromLink() {
  const match = /^#token=([^&]+)/.exec(location.hash);
  if (!match) return;
  const token = decodeURIComponent(match[1]).trim();
  history.replaceState(null, '', `${location.pathname}${location.search}`);
  if (token) sessionStorage.setItem(KEY, token);
}

export function storedToken() {
  return sessionStorage.getItem(KEY);
}

export function rememberToken(token) {
  sessionStorage.setItem(KEY, token);
}

export function forgetToken() {
  sessionStorage.removeItem(KEY);
}
