package org.parley.comment.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import elemental.json.JsonType;

import java.util.function.Consumer;

/**
 * "Comment on this passage", shown beside the text the reader selects in a paragraph (as Google Docs and
 * Hypothesis do); a click opens that paragraph's thread with the passage quoted. The browser keeps the selection
 * (paragraph, text, offset) in {@code window.parleySelection}, which the form reads when it opens.
 */
class QuotePassage extends Button {

    QuotePassage(Consumer<String> openToWrite) {
        setText(getTranslation("comment.quote.button"));
        setIcon(VaadinIcon.COMMENT_O.create());
        addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        addClassName("quote-passage");
        setId("quote-passage");
        addClickListener(click -> getElement().executeJs("this.removeAttribute('data-shown');"
                + "const s = window.parleySelection; return s ? s.anchor : null;").then(anchor -> {
                    if (anchor != null && anchor.getType() == JsonType.STRING) {
                        openToWrite.accept(anchor.asString());
                    }
                }));
    }

    /** Listens from the first moment of the page, so that the first selection is not lost. */
    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        getElement().executeJs("""
                const button = this;
                // a press on the button must not clear the selection it is about
                if (!button.parleyKeepsSelection) {
                  button.parleyKeepsSelection = true;
                  button.addEventListener('mousedown', e => e.preventDefault());
                }
                if (window.parleySelectionListener) {
                  document.removeEventListener('selectionchange', window.parleySelectionListener);
                }
                let timer;
                window.parleySelectionListener = () => {
                  clearTimeout(timer);
                  timer = setTimeout(() => {
                    if (!button.isConnected) return;
                    const hide = () => button.removeAttribute('data-shown');
                    const s = window.getSelection();
                    if (!s || s.isCollapsed || !s.rangeCount || !s.toString().trim()) { hide(); return; }
                    const r = s.getRangeAt(0);
                    let n = r.commonAncestorContainer;
                    if (n.nodeType !== 1) n = n.parentElement;
                    const text = n && n.closest('.paragraph-text');
                    if (!text || !text.closest('.paragraph')) { hide(); return; }
                    const before = document.createRange();
                    before.selectNodeContents(text);
                    before.setEnd(r.startContainer, r.startOffset);
                    window.parleySelection = {anchor: text.closest('.paragraph').id, quote: s.toString(),
                        start: before.toString().length};
                    button.setAttribute('data-shown', '');
                    const rect = r.getBoundingClientRect();
                    const w = button.offsetWidth, h = button.offsetHeight;
                    let top = rect.bottom + 8;
                    if (top + h > window.innerHeight - 8) top = Math.max(8, rect.top - h - 8);
                    button.style.top = top + 'px';
                    button.style.left = Math.min(Math.max(8, rect.left), window.innerWidth - w - 8) + 'px';
                  }, 150);
                };
                document.addEventListener('selectionchange', window.parleySelectionListener);
                """);
    }
}
