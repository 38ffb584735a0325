"""The Agenda tab: days, items and their cascading times, the timeline, the calendar export."""
