// What the interactive pages (the calendar, the booking dialog) need from the browser.
window.clinicOps = {
  // A circuit's token renewal: this post carries the session cookie, whose handling refreshes the tokens when due and
  // stores the rotated refresh token back in the cookie. The access token goes to the circuit on the server; the
  // answer has no body.
  async handOverCircuitToken(path, id) {
    const response = await fetch(new URL(path.replace(/^\//, ''), document.baseURI), {
      method: 'POST',
      credentials: 'same-origin',
      cache: 'no-store',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ id }),
    });
    return response.status;
  },

  // A modal <dialog>: the page behind it is inert (focus stays inside) and Esc closes it; focus returns to what opened it.
  showDialog(dialog) {
    if (!dialog.open) {
      const opener = document.activeElement;
      dialog.returnFocus = { opener, cell: opener?.closest?.('[data-cell]')?.dataset.cellId };
      dialog.showModal();
    }
  },

  closeDialog(dialog) {
    if (dialog.open) {
      dialog.close();
    }
  },
};

document.addEventListener('close', (event) => {
  const dialog = event.target;
  if (!(dialog instanceof HTMLDialogElement) || !dialog.returnFocus) {
    return;
  }
  const { opener, cell } = dialog.returnFocus;
  dialog.returnFocus = null;
  if (opener?.isConnected) {
    opener.focus();
  } else if (cell) {
    // The slot that opened a booking may have become the booked appointment meanwhile: focus what that cell holds now.
    const now = document.querySelector(`[data-cell-id="${CSS.escape(cell)}"]`);
    if (now) {
      focusTarget(now).focus();
    }
  }
}, true);

// The calendar grid is one tab stop; arrow keys move between its slots (and between appointments sharing a slot),
// Enter opens what the slot holds — a free slot's booking dialog or an appointment.
const moves = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };

function focusTarget(cell) {
  return cell.querySelector('[data-focus]') ?? cell;
}

document.addEventListener('keydown', (event) => {
  const move = moves[event.key];
  if (!move || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || !(event.target instanceof Element)) {
    return;
  }
  const grid = event.target.closest('[data-calendar-grid]');
  const cell = event.target.closest('[data-cell]');
  if (!grid || !cell) {
    return;
  }

  // Appointments side by side in one slot are reached with left and right before the next column.
  const inCell = [...cell.querySelectorAll('[data-focus], [data-focus-more]')];
  const here = inCell.indexOf(event.target);
  if (move[1] !== 0 && here >= 0 && inCell[here + move[1]]) {
    event.preventDefault();
    inCell[here + move[1]].focus();
    return;
  }

  const row = Number(cell.dataset.row) + move[0];
  const col = Number(cell.dataset.col) + move[1];
  const next = grid.querySelector(`[data-cell][data-row="${row}"][data-col="${col}"]`);
  if (next) {
    event.preventDefault();
    focusTarget(next).focus();
  }
});

// One tab stop for the grid: the element last focused in it.
document.addEventListener('focusin', (event) => {
  const target = event.target;
  if (!(target instanceof HTMLElement) || !target.hasAttribute('data-roving')) {
    return;
  }
  const grid = target.closest('[data-calendar-grid]');
  for (const other of grid?.querySelectorAll('[data-roving][tabindex="0"]') ?? []) {
    if (other !== target) {
      other.tabIndex = -1;
    }
  }
  target.tabIndex = 0;
});
