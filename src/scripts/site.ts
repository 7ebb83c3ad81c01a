/**
 * The one script every page loads: small progressive enhancements that do nothing on pages
 * without the elements they enhance. Sharing one script keeps every page's JavaScript the same
 * (and cached after the first page); only the decision tree brings its own.
 */
import { defineListFilter } from './list-filter';
import { setupCopyLinks } from './copy-link';

setupCopyLinks();
defineListFilter();

// A diagram's full-screen view and download load on the first click on either button.
document.addEventListener('click', (event) => {
  const control = (event.target as Element).closest<HTMLButtonElement>('[data-diagram-action]');
  const figure = control?.closest<HTMLElement>('figure.diagram');
  if (!control || !figure) return;
  void import('./diagram-viewer').then(({ openDiagram, downloadDiagram }) =>
    control.dataset.diagramAction === 'open' ? openDiagram(figure, control) : downloadDiagram(figure),
  );
});

// Copying text (a page as Markdown, a comparison row, a summary) loads its code on the first click.
document.addEventListener('click', (event) => {
  const control = (event.target as Element).closest<HTMLElement>('[data-copy-markdown], [data-copy-from]');
  if (!control) return;
  const markdown = control.dataset.copyMarkdown;
  const text = markdown
    ? fetch(markdown).then((response) => {
        if (!response.ok) throw new Error(`${markdown}: ${response.status}`);
        return response.text();
      })
    : undefined;
  void import('./copy-text').then(({ copyText, textOf }) => copyText(control, text ?? textOf(control)));
});

// Rows chosen for a handout: the code loads on the first "Add to handout", or at once when the
// address already holds a choice.
// One promise for the module, so quick clicks made while it loads are applied in their order.
let picks: Promise<typeof import('./handout-picks')> | undefined;
const handoutPicks = () => (picks ??= import('./handout-picks'));
document.addEventListener('click', (event) => {
  const button = (event.target as Element).closest<HTMLElement>('[data-row-pick]');
  if (button) void handoutPicks().then(({ toggle }) => toggle(button));
});
if (location.search.includes('rows=') && document.querySelector('[data-row-pick]')) {
  void handoutPicks().then(({ sync }) => sync());
}

// Landscape phones (wide but short) get the phone layout (src/styles/theme.css), so the sidebar
// is the menu there too: Starlight drops its popover at 50em of width, this puts it back. Runs
// after Starlight's own handler on every change.
const landscapePhone = matchMedia('(min-width: 50em) and (max-height: 32rem)');
const sidebarAsMenu = () => {
  const sidebar = document.getElementById('starlight__sidebar');
  if (sidebar && landscapePhone.matches) sidebar.popover = 'auto';
};
sidebarAsMenu();
landscapePhone.addEventListener('change', () => requestAnimationFrame(sidebarAsMenu));
