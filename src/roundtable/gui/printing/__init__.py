"""The print dialog and every printable kind: options, preview, PDF in a worker, printing."""
