"""Coder tests; `code` is the (type, actor country, recipient country) view they assert on."""


def code(ctx, text, published="2024-03-13", outlet=None):
    """`outlet` is the publisher ("The White House", "UK Government"): a state's own release speaks as it."""
    from dyad.model import RawArticle
    from dyad.pipeline import process_document

    raw = RawArticle(text=text, source_id="doc", published=published, outlet=outlet)
    return [(e.event_type, e.actor and e.actor.country, e.recipient and e.recipient.country)
            for e in process_document(raw, ctx).events]
