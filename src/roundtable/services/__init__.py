"""Pure application logic over the store: no Qt and no reportlab here."""
