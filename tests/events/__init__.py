"""Coder tests; `code` is the (type, actor country, recipient country) view they assert on."""


def code(ctx, text, published="2024-03-13"):
    from dyad import process

    return [(e.event_type, e.actor and e.actor.country, e.recipient and e.recipient.country)
            for e in process(text, published=published, context=ctx).events]
