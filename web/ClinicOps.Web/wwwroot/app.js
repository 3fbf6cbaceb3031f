// Submit buttons are disabled while a form is being sent, so a double click cannot send it twice.
// Disabling waits for the submit event to finish: a disabled button's name and value would not be sent.
document.addEventListener('submit', (event) => {
  const form = event.target;
  if (event.defaultPrevented || !(form instanceof HTMLFormElement)) {
    return;
  }
  setTimeout(() => {
    for (const button of form.querySelectorAll('button[type=submit], input[type=submit]')) {
      button.disabled = true;
      button.setAttribute('aria-busy', 'true');
    }
  }, 0);
});

// Coming back to a page from the browser's history shows it as it was left: enable its buttons again.
window.addEventListener('pageshow', () => {
  for (const button of document.querySelectorAll('[aria-busy=true]')) {
    button.disabled = false;
    button.removeAttribute('aria-busy');
  }
});

// A region with data-refresh-seconds (today's call list) asks the server for the page again at that interval while it
// is open, and swaps in the region's fresh content. It waits while someone works in it (focus inside, or text typed
// into one of its inputs) so nothing typed or focused is lost, and while the tab is hidden. Pages stay static
// server-rendered: the session's tokens never leave the server, and without scripts the page still works.
for (const region of document.querySelectorAll('[data-refresh-seconds][id]')) {
  const busy = () =>
    document.hidden ||
    region.contains(document.activeElement) ||
    [...region.querySelectorAll('input, textarea, select')].some((input) =>
      input.value !== (input.defaultValue ?? input.value));
  const refresh = async () => {
    if (busy()) {
      return;
    }
    try {
      const response = await fetch(window.location.href, { credentials: 'same-origin', headers: { Accept: 'text/html' } });
      // A redirect means the session ended (sign-in page): leave the list as it is; the next click signs in again.
      if (!response.ok || response.redirected) {
        return;
      }
      const fresh = new DOMParser().parseFromString(await response.text(), 'text/html').getElementById(region.id);
      if (fresh && !busy()) {
        region.replaceChildren(...fresh.childNodes);
      }
    } catch {
      // Offline for a moment: the next interval tries again.
    }
  };
  setInterval(refresh, Number(region.dataset.refreshSeconds) * 1000);
}
