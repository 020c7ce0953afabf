// The panel's web form: sign in with the personal token, then route by hash (#/sag/…).

import { createApi, describeError } from './api.js';
import { hasUnsavedChanges, onOverallChange, resetSavers } from './autosave.js';
import { loadSession, openRound } from './context.js';
import { renderChrome, clearChrome, showNotice, showSaveStatus } from './views/layout.js';
import { renderSignIn } from './views/sign-in.js';
import { renderRoute } from './views/router.js';
import { adoptTokenFromLink, forgetToken, rememberToken, storedToken } from './session.js';

const main = document.getElementById('indhold');
let session = null;

async function signIn(token, { fromForm = false, switched = false } = {}) {
  if (!token) return showSignIn();
  const api = createApi(token, () => sessionExpired());
  try {
    session = await loadSession(api);
    if (session.me.kind === 'member') await openRound(session, session.me.roundId);
  } catch (error) {
    session = null;
    if (error?.status === 401) forgetToken();
    const message =
      error?.status === 401
        ? 'Adgangskoden blev ikke genkendt. Tjek, at du har brugt hele linket eller hele koden.'
        : describeError(error);
    return showSignIn(message, fromForm);
  }
  rememberToken(token);
  renderChrome(session, { onSignOut: signOut });
  await route();
  if (switched) {
    const who = session.me.kind === 'admin' ? 'administrator' : session.me.name;
    showNotice(`Du er nu logget ind som ${who}: linket, du åbnede, tilhører en anden end før.`);
  }
}

function showSignIn(message, focusError = false) {
  clearChrome();
  renderSignIn(main, { message, focusError, onSubmit: (token) => signIn(token, { fromForm: true }) });
}

function signOut() {
  if (hasUnsavedChanges() && !confirm('Nogle ændringer er ikke gemt endnu. Vil du logge ud alligevel?')) return;
  forgetToken();
  resetSavers();
  session = null;
  history.replaceState(null, '', location.pathname);
  showSignIn();
}

function sessionExpired() {
  // A token that stops working (round deleted, member removed) ends the session.
  forgetToken();
}

async function route() {
  if (!session) return;
  // Other fragments (the skip link's #indhold) are not pages.
  if (location.hash && !location.hash.startsWith('#/')) return;
  await renderRoute(main, session, location.hash.slice(1) || '/');
}

onOverallChange(showSaveStatus);
window.addEventListener('hashchange', () => {
  // Another member's link opened in this tab: switch to that identity, and say so.
  if (location.hash.startsWith('#token=')) {
    const before = storedToken();
    adoptTokenFromLink();
    const after = storedToken();
    if (after === before) return void route();
    if (hasUnsavedChanges() && !confirm('Nogle ændringer er ikke gemt endnu. Vil du skifte bruger alligevel?')) {
      rememberToken(before);
      return undefined;
    }
    resetSavers();
    session = null;
    return void signIn(after, { switched: true });
  }
  return void route();
});
window.addEventListener('beforeunload', (event) => {
  if (hasUnsavedChanges()) event.preventDefault();
});
document.querySelector('.skip-link')?.addEventListener('click', (event) => {
  event.preventDefault();
  main.focus();
});

adoptTokenFromLink();
void signIn(storedToken());
