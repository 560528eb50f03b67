using System.Collections.Generic;
using RelationsTools.Compare;
using RelationsTools.Model;

namespace RelationsTools.Report
{
    /// <summary>The report's look: its one stylesheet, the colours of categories and metrics, and the names people read.</summary>
    internal static class ReportStyle
    {
        // Okabe-Ito colours (distinguishable with the common colour-vision deficiencies), yellow darkened for white paper.
        private static readonly Dictionary<EventCategory, string> CategoryColours = new Dictionary<EventCategory, string>
        {
            [EventCategory.Diplomacy] = "#0072B2",
            [EventCategory.Trade] = "#E69F00",
            [EventCategory.Investment] = "#009E73",
            [EventCategory.Security] = "#D55E00",
            [EventCategory.Border] = "#CC79A7",
            [EventCategory.Infrastructure] = "#56B4E9",
            [EventCategory.Politics] = "#B8A000",
            [EventCategory.History] = "#555555",
        };

        private static readonly Dictionary<TradeMetric, string> MetricColours = new Dictionary<TradeMetric, string>
        {
            [TradeMetric.BilateralTrade] = "#0072B2",
            [TradeMetric.CambodiaExportsToVietnam] = "#009E73",
            [TradeMetric.CambodiaImportsFromVietnam] = "#D55E00",
            [TradeMetric.VietnamInvestmentCapital] = "#CC79A7",
            [TradeMetric.VietnamInvestmentProjects] = "#56B4E9",
            [TradeMetric.ShareOfCambodiaTotalTrade] = "#E69F00",
            [TradeMetric.PledgedFunding] = "#555555",
        };

        private static readonly Dictionary<TradeMetric, string> MetricNames = new Dictionary<TradeMetric, string>
        {
            [TradeMetric.BilateralTrade] = "Two-way trade",
            [TradeMetric.CambodiaExportsToVietnam] = "Cambodia's exports to Vietnam",
            [TradeMetric.CambodiaImportsFromVietnam] = "Cambodia's imports from Vietnam",
            [TradeMetric.VietnamInvestmentCapital] = "Vietnamese investment capital",
            [TradeMetric.VietnamInvestmentProjects] = "Vietnamese investment projects",
            [TradeMetric.ShareOfCambodiaTotalTrade] = "Vietnam's share of Cambodia's trade",
            [TradeMetric.PledgedFunding] = "Pledged funding",
        };

        public static string Colour(EventCategory category) => CategoryColours.TryGetValue(category, out var colour) ? colour : "#555555";

        public static string Colour(TradeMetric metric) => MetricColours.TryGetValue(metric, out var colour) ? colour : "#555555";

        public static string Name(TradeMetric metric) => MetricNames.TryGetValue(metric, out var name) ? name : metric.ToString();

        /// <summary>The CSS class of a comparison status; Agree, Changed and Conflict rows are highlighted, Single rows are not.</summary>
        public static string StatusClass(ComparisonStatus status) => "status-" + status.ToString().ToLowerInvariant();

        /// <summary>Sources that are weighed least (opinion and anonymous comment) are marked, so a reader weighs them so.</summary>
        public static string KindClass(SourceKind kind) => kind switch
        {
            SourceKind.Analysis or SourceKind.NewsReport => "kind kind-strong",
            SourceKind.OpEd or SourceKind.UnsignedArticle => "kind kind-medium",
            _ => "kind kind-weak",
        };

        public const string Css = @"
:root { --ink: #1f2933; --muted: #5f6b7a; --line: #d9dee5; --band: #f4f6f8; --link: #1a5fb4; }
* { box-sizing: border-box; }
body { margin: 0; background: #e9ecef; color: var(--ink); font: 15px/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', sans-serif; }
main { max-width: 1320px; margin: 0 auto; padding: 28px 40px 48px; background: #fff; }
header h1 { margin: 0; font-size: 30px; line-height: 1.2; }
header .subtitle { margin: 4px 0 12px; color: var(--muted); font-size: 17px; }
.facts { display: flex; flex-wrap: wrap; gap: 8px 28px; margin: 12px 0; padding: 10px 14px; background: var(--band); border-radius: 6px; }
.facts strong { font-size: 20px; display: block; line-height: 1.1; }
.facts span { color: var(--muted); font-size: 13px; }
nav { margin: 8px 0 0; font-size: 14px; }
nav a { margin-right: 18px; }
a { color: var(--link); }
section { margin-top: 40px; }
h2 { margin: 0 0 8px; padding-bottom: 4px; border-bottom: 2px solid var(--ink); font-size: 21px; }
h3 { margin: 24px 0 6px; font-size: 16px; }
p.note { color: var(--muted); margin: 4px 0 12px; font-size: 14px; }
svg.chart { display: block; width: 100%; height: auto; margin: 8px 0; font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', sans-serif; }
svg .axis { font-size: 11px; fill: var(--muted); }
svg .grid { stroke: #e3e7ec; stroke-width: 1; }
svg .gap { fill: #f1f2f4; }
svg .zebra { fill: #f8f9fb; }
svg .row-date { font: 11px ui-monospace, 'DejaVu Sans Mono', Menlo, Consolas, monospace; fill: var(--muted); }
svg .row-label { font-size: 12px; fill: var(--ink); }
svg .row-source { font-size: 10.5px; fill: var(--muted); }
svg .group-label { font-size: 13px; font-weight: 600; fill: var(--ink); }
svg .value { font-size: 12px; fill: var(--ink); }
svg .target-label { font-size: 12px; font-weight: 600; }
svg a:hover .row-label, svg a:hover .value { text-decoration: underline; }
.legend { display: flex; flex-wrap: wrap; gap: 4px 18px; margin: 6px 0 4px; font-size: 13px; align-items: center; }
.legend .title { font-weight: 600; }
.swatch { display: inline-block; width: 12px; height: 12px; border-radius: 2px; margin-right: 5px; vertical-align: -1px; }
.swatch.dot { border-radius: 50%; }
.swatch.pale { opacity: 0.4; }
.swatch.open { width: 22px; height: 0; border-radius: 0; border-top: 3px dashed #555; vertical-align: 3px; }
.swatch.hollow { background: #fff; border: 2px solid #555; }
.swatch.hollow.goal { border-style: dashed; }
.swatch.possible { background: rgba(85, 85, 85, 0.3); border: 1.5px dotted #555; }
.swatch.hatched { width: 26px; border: 1px solid #555; background: repeating-linear-gradient(45deg, #555 0 2px, #fff 2px 5px); }
.swatch.target-line { width: 2px; height: 16px; border-radius: 0; border-left: 2px dashed #555; vertical-align: -3px; margin-left: 6px; margin-right: 9px; }
table { border-collapse: collapse; width: 100%; font-size: 14px; margin: 8px 0; }
th, td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid var(--line); }
th { background: var(--band); font-weight: 600; white-space: nowrap; }
table.events th:nth-child(2) { width: 55%; }
table.events th:nth-child(4) { width: 24%; }
table.comparison th:nth-child(1) { width: 20%; }
table.figures th:nth-child(6) { width: 36%; }
td.date { white-space: nowrap; font: 13px ui-monospace, 'DejaVu Sans Mono', Menlo, Consolas, monospace; }
td.num { white-space: nowrap; text-align: right; font-variant-numeric: tabular-nums; }
.small { font-size: 13px; }
.muted { color: var(--muted); }
a.cite { font-size: 12px; white-space: nowrap; text-decoration: none; border-bottom: 1px dotted var(--link); }
.badge { display: inline-block; padding: 0 8px; border-radius: 10px; font-size: 12px; font-weight: 600; color: #fff; white-space: nowrap; line-height: 20px; }
.badge.status-conflict { background: #b42318; }
.badge.status-changed { background: #9a6700; }
.badge.status-agree { background: #1e7e34; }
.badge.status-single { background: #7b8794; }
tr.status-conflict > td { background: #fdecea; }
tr.status-changed > td { background: #fff5d6; }
tr.status-agree > td { background: #e8f5ec; }
tr.status-conflict > td:first-child { box-shadow: inset 4px 0 #b42318; }
tr.status-changed > td:first-child { box-shadow: inset 4px 0 #9a6700; }
tr.status-agree > td:first-child { box-shadow: inset 4px 0 #1e7e34; }
ul.claims { margin: 0; padding-left: 18px; }
ul.claims li { margin: 2px 0; }
.kind { display: inline-block; padding: 0 6px; border-radius: 4px; font-size: 12px; border: 1px solid; white-space: nowrap; }
.kind-strong { color: #0b4f8a; border-color: #0b4f8a; }
.kind-medium { color: #4a5560; border-color: #8a96a3; }
.kind-weak { color: #9a3412; border-color: #d97706; background: #fff7ed; }
ol.sources { padding-left: 24px; }
ol.sources li { margin: 0 0 12px; padding: 4px 6px; }
:target { outline: 2px solid var(--link); outline-offset: 2px; background: #eef4fc; }
code { font: 12px ui-monospace, 'DejaVu Sans Mono', Menlo, Consolas, monospace; background: var(--band); padding: 0 3px; border-radius: 3px; }
footer { margin-top: 40px; padding-top: 10px; border-top: 1px solid var(--line); color: var(--muted); font-size: 13px; }
";
    }
}
