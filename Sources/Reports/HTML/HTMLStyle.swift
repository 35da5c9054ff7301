/// The report's style sheet, inline in every page. System fonts only (no download); meaning
/// never rests on a CSS background, which browsers drop when printing; sections start on a
/// new page and figures are not split across pages. No `<` or `&`, so it is valid XML text.
enum HTMLStyle {
  static let css = """
    :root { color-scheme: light; }
    * { box-sizing: border-box; }
    body { margin: 0; background: #FFFFFF; color: #222222;
      font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; }
    main { max-width: 1040px; margin: 0 auto; padding: 24px 32px 48px; }
    header { border-bottom: 2px solid #222222; margin-bottom: 24px; }
    h1 { font-size: 28px; margin: 8px 0 4px; }
    h2 { font-size: 21px; margin: 36px 0 12px; padding-bottom: 4px;
      border-bottom: 1px solid #CCCCCC; }
    h3 { font-size: 17px; margin: 24px 0 8px; }
    .subtitle { color: #555555; margin: 0 0 12px; }
    nav ol { columns: 2; margin: 8px 0 16px; padding-left: 20px; }
    nav a { color: #0B5394; text-decoration: none; }
    p, ul { max-width: 78ch; }
    .note { border-left: 4px solid #888888; padding: 2px 14px; margin: 16px 0; color: #333333; }
    .key-figures { display: flex; flex-wrap: wrap; gap: 12px; margin: 12px 0 20px; }
    .key-figures div { border: 1px solid #BBBBBB; border-radius: 6px; padding: 8px 14px;
      min-width: 150px; }
    .key-figures dt { font-size: 13px; color: #555555; }
    .key-figures dd { margin: 0; font-size: 22px; font-weight: 600;
      font-variant-numeric: tabular-nums; }
    .table-wrap { overflow-x: auto; margin: 12px 0 20px; }
    table { border-collapse: collapse; font-size: 14px; font-variant-numeric: tabular-nums; }
    caption { caption-side: top; text-align: left; font-weight: 600; padding: 4px 0 6px; }
    th, td { padding: 4px 10px; border-bottom: 1px solid #DDDDDD; text-align: left;
      vertical-align: top; }
    thead th { border-bottom: 2px solid #444444; }
    tbody th { font-weight: normal; }
    .num { text-align: right; }
    figure { margin: 16px 0 28px; }
    figcaption { font-size: 13px; color: #555555; margin-top: 4px; }
    svg.chart { display: block; width: 100%; height: auto; }
    footer { margin-top: 40px; padding-top: 8px; border-top: 1px solid #CCCCCC;
      font-size: 13px; color: #555555; }
    @media print {
      @page { margin: 14mm; }
      body { font-size: 11pt; }
      main { max-width: none; padding: 0; }
      nav { display: none; }
      section { break-before: page; }
      h2, h3 { break-after: avoid; }
      figure, .key-figures, tr { break-inside: avoid; }
      thead { display: table-header-group; }
      .table-wrap { overflow: visible; }
      svg.chart { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
      a { color: inherit; }
    }

    """
}
