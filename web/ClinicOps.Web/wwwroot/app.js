// Submit buttons are disabled while a form is being sent, so a double click cannot send it twice.
// Disabling waits for the submit event to finish: a disabled button's name and value would not be sent, and a form an
// interactive page handles itself (the event's default prevented by then) is not sent by the browser at all.
document.addEventListener('submit', (event) => {
  const form = event.target;
  if (!(form instanceof HTMLFormElement)) {
    return;
  }
  setTimeout(() => {
    if (event.defaultPrevented) {
      return;
    }
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
