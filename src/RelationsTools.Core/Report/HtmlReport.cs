using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using RelationsTools.Compare;
using RelationsTools.Model;
using RelationsTools.Query;

namespace RelationsTools.Report
{
    /// <summary>
    /// Writes the report as one self-contained HTML file: a timeline of the events, a chart of the trade
    /// figures, the comparison of what sources claim, and the list of sources that every citation links to.
    /// Nothing is loaded from anywhere (no scripts, fonts, styles or images), and a Content-Security-Policy
    /// says so to the browser; every piece of data is escaped by <see cref="HtmlWriter.Encode"/>.
    /// </summary>
    /// <example>
    /// <code>
    /// using var file = File.CreateText("report.html");
    /// HtmlReport.Write(file, ReportContent.FromData(RelationsData.Bundled, DateWindow.Unbounded, "the bundled dataset"));
    /// </code>
    /// </example>
    public static class HtmlReport
    {
        public static void Write(TextWriter writer, ReportContent content)
        {
            // Read in file order (events, figures, claims), so a user's bad rows are reported in that order.
            var events = content.Events.OrderBy(e => e, ChronologicalOrder.Events).ToList();
            var figures = content.TradeFigures.ToList();
            var comparisons = new ClaimLedger(content.Claims, content.Tolerance).CompareTopics()
                .Where(content.CoversTopic)
                .OrderBy(c => StatusRank(c.Status))
                .ToList();
            var citations = new CitationIndex(content.Sources, events, figures, comparisons);

            var html = new HtmlWriter(writer);
            WriteHead(html, content.Title);
            html.Markup("<body>\n<main>\n");
            WriteHeader(html, content, events, figures, comparisons, citations);
            WriteEvents(html, events, content.Actors, citations);
            WriteTradeFigures(html, figures, citations);
            WriteComparisons(html, comparisons, content.Tolerance, citations);
            WriteSources(html, citations);
            WriteFooter(html);
            html.Markup("</main>\n</body>\n</html>\n");
        }

        internal static string EventAnchor(string eventId) => "event-" + eventId;

        internal static string FigureAnchor(string figureId) => "figure-" + figureId;

        /// <summary>The anchor of a source's entry in the source list, such as <c>src-iseas-2025-03-mending-fences</c>.</summary>
        internal static string SourceAnchor(string sourceId) => "src-" + sourceId;

        private static int StatusRank(ComparisonStatus status) => status switch
        {
            ComparisonStatus.Conflict => 0,
            ComparisonStatus.Changed => 1,
            ComparisonStatus.Agree => 2,
            _ => 3,
        };

        private static void WriteHead(HtmlWriter html, string title)
        {
            html.Markup("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .Markup("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
                .Markup("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .Markup("<meta name=\"generator\" content=\"RelationsTools ").Text(Version).Markup("\">\n")
                .Element("title", title).Line()
                .Markup("<style>").Markup(ReportStyle.Css).Markup("</style>\n</head>\n");
        }

        private static void WriteHeader(HtmlWriter html, ReportContent content, List<RelationsEvent> events, List<TradeFigure> figures, List<SourceComparison> comparisons, CitationIndex citations)
        {
            html.Markup("<header>\n").Element("h1", content.Title).Line()
                .Element("p", "A RelationsTools report on " + content.DataDescription + ", " + ReportContent.Describe(content.Window) + ReportContent.Describe(content.SourceKinds) + ".", "class", "subtitle").Line();
            html.Markup("<div class=\"facts\">");
            Fact(html, events.Count, events.Count == 1 ? "event" : "events");
            Fact(html, figures.Count, figures.Count == 1 ? "trade figure" : "trade figures");
            Fact(html, comparisons.Count, comparisons.Count == 1 ? "topic compared" : "topics compared");
            foreach (var status in new[] { ComparisonStatus.Conflict, ComparisonStatus.Changed, ComparisonStatus.Agree })
            {
                Fact(html, comparisons.Count(c => c.Status == status), status.ToString());
            }

            Fact(html, citations.CitedSources.Count, citations.CitedSources.Count == 1 ? "source cited" : "sources cited");
            html.Markup("</div>\n<nav>")
                .Element("a", "Timeline", "href", "#timeline").Element("a", "Trade figures", "href", "#trade")
                .Element("a", "What the sources say", "href", "#comparison").Element("a", "Sources", "href", "#sources")
                .Markup("</nav>\n</header>\n");
        }

        private static void Fact(HtmlWriter html, int count, string what)
            => html.Open("div").Element("strong", count.ToString(CultureInfo.InvariantCulture)).Element("span", what).Close("div");

        private static void WriteEvents(HtmlWriter html, List<RelationsEvent> events, IReadOnlyList<Actor> actors, CitationIndex citations)
        {
            html.Markup("<section id=\"timeline\">\n").Element("h2", "Timeline of events").Line();
            var dated = events.Where(e => e.Start.HasValue || e.End.HasValue).ToList();
            if (dated.Count == 0)
            {
                html.Element("p", "No dated event in this report.", "class", "note").Line();
            }
            else
            {
                WriteTimelineLegend(html, dated);
                TimelineChart.Write(html, dated);
            }

            if (dated.Count < events.Count)
            {
                html.Element("p", (events.Count - dated.Count) + " event(s) without a date are in the table below but not on the timeline.", "class", "note").Line();
            }

            if (events.Count == 0)
            {
                html.Markup("</section>\n");
                return;
            }

            var names = actors.GroupBy(a => a.Id, RelationsId.Comparer).ToDictionary(g => g.Key, g => g.First().Name, RelationsId.Comparer);
            html.Element("h3", "Events").Line();
            html.Markup("<table class=\"events\">\n<thead><tr><th>Date</th><th>Event</th><th>Category</th><th>Cited in</th></tr></thead>\n<tbody>\n");
            foreach (var e in events)
            {
                html.Open("tr", "id", EventAnchor(e.Id));
                html.Open("td", "class", "date").Text(e.Date.Length == 0 ? "no date" : e.Date)
                    .Open("div", "class", "small muted").Text(PrecisionWords(e)).Close("div").Close("td");
                html.Open("td").Element("strong", e.Title).Open("div").Text(e.Summary).Close("div");
                var who = e.Actors.Select(id => names.TryGetValue(id, out var name) ? name : id).ToList();
                if (who.Count > 0 || e.Location.Length > 0)
                {
                    html.Open("div", "class", "small muted").Text(string.Join(", ", who) + (e.Location.Length > 0 ? (who.Count > 0 ? " · " : string.Empty) + e.Location : string.Empty)).Close("div");
                }

                if (e.Note.Length > 0)
                {
                    html.Open("div", "class", "small muted").Text("Note: " + e.Note).Close("div");
                }

                html.Close("td");
                html.Open("td").Open("span", "class", "swatch", "style", "background:" + ReportStyle.Colour(e.Category)).Close("span").Text(e.Category.ToString()).Close("td");
                html.Open("td");
                citations.WriteLinks(html, e.CitationList);
                html.Close("td").Close("tr").Line();
            }

            html.Markup("</tbody>\n</table>\n</section>\n");
        }

        private static string PrecisionWords(RelationsEvent e)
        {
            string words = e.Precision switch
            {
                DatePrecision.Day => "a day",
                DatePrecision.Month => "a month",
                DatePrecision.Year => "a year",
                DatePrecision.Range => "a span",
                DatePrecision.Open => e.Start is null ? "a span up to this date" : "a span from this date on",
                DatePrecision.Bounded => e.Start is null ? "by this date" : e.End is null ? "on or after this date" : "some time between these dates",
                _ => "undated",
            };
            words = e.When.IsApproximate ? words + ", about" : words;
            return e.Status switch
            {
                EventStatus.Expected => words + ", expected",
                EventStatus.Goal => words + ", a goal",
                _ => words,
            };
        }

        private static void WriteTimelineLegend(HtmlWriter html, List<RelationsEvent> dated)
        {
            html.Markup("<div class=\"legend\"><span class=\"title\">Category</span>");
            foreach (var category in dated.Select(e => e.Category).Distinct().OrderBy(c => c))
            {
                html.Open("span").Open("span", "class", "swatch", "style", "background:" + ReportStyle.Colour(category)).Close("span").Text(category.ToString()).Close("span");
            }

            html.Markup("</div>\n<div class=\"legend\"><span class=\"title\">Date</span>")
                .Markup("<span><span class=\"swatch dot\" style=\"background:#555\"></span>a day</span>")
                .Markup("<span><span class=\"swatch\" style=\"background:#555;width:26px\"></span>a month, a year, a span or a moment between two dates: every day it can mean</span>")
                .Markup("<span><span class=\"swatch open\"></span>open: by a date, or from a date on</span>")
                .Markup("<span><span class=\"swatch dot pale\" style=\"background:#555\"></span>about (~)</span>")
                .Markup("<span><span class=\"swatch\" style=\"background:#f1f2f4;border:1px solid #d9dee5;width:26px\"></span>years with no event, compressed</span>")
                .Markup("</div>\n");
            if (dated.Any(e => e.InWindow == Certainty.Possible))
            {
                html.Markup("<div class=\"legend\"><span class=\"title\">Window</span>")
                    .Markup("<span><span class=\"swatch dot\" style=\"background:#555\"></span>certainly in the window</span>")
                    .Markup("<span><span class=\"swatch dot possible\"></span>possibly in it, possibly not: pale, dotted</span>")
                    .Markup("</div>\n");
            }

            if (dated.Any(e => e.Status != EventStatus.Happened))
            {
                html.Markup("<div class=\"legend\"><span class=\"title\">Status</span>")
                    .Markup("<span><span class=\"swatch dot\" style=\"background:#555\"></span>happened: filled</span>")
                    .Markup("<span><span class=\"swatch dot hollow\"></span>expected or planned: hollow</span>")
                    .Markup("<span><span class=\"swatch dot hollow goal\"></span>a goal: hollow, dashed</span>")
                    .Markup("</div>\n");
            }
        }

        private static void WriteTradeFigures(HtmlWriter html, List<TradeFigure> figures, CitationIndex citations)
        {
            html.Markup("<section id=\"trade\">\n").Element("h2", "Trade figures by period").Line();
            var charted = TradeChart.Charted(figures);
            if (charted.Count == 0)
            {
                html.Element("p", figures.Count == 0 ? "No trade figure in this report." : "No figure in US dollars to chart; the figures are in the table below.", "class", "note").Line();
            }
            else
            {
                html.Markup("<div class=\"legend\"><span class=\"title\">Figure</span>");
                foreach (var metric in charted.Select(f => f.Metric).Distinct().OrderBy(m => m))
                {
                    html.Open("span").Open("span", "class", "swatch", "style", "background:" + ReportStyle.Colour(metric)).Close("span").Text(ReportStyle.Name(metric)).Close("span");
                }

                html.Markup("</div>\n<div class=\"legend\"><span class=\"title\">Kind</span>")
                    .Markup("<span><span class=\"swatch\" style=\"background:#555\"></span>actual</span>");
                if (charted.Any(f => f.Kind == FigureKind.Estimate))
                {
                    html.Markup("<span><span class=\"swatch pale\" style=\"background:#555\"></span>estimate</span>");
                }

                if (charted.Any(f => f.Kind != FigureKind.Target && f.PartOfYear != null))
                {
                    html.Markup("<span><span class=\"swatch hatched\"></span>part of a year: not comparable with a whole year</span>");
                }

                if (charted.Any(f => f.Kind == FigureKind.Target))
                {
                    html.Markup("<span><span class=\"swatch target-line\"></span>target: a dashed line at its value</span>");
                }

                html.Markup("</div>\n");
                TradeChart.Write(html, charted);
                WriteTargetSources(html, charted, citations);
                if (charted.Count < figures.Count)
                {
                    html.Element("p", "The chart shows the figures in US dollars; the figures in other units (percent, counts) are in the table.", "class", "note").Line();
                }
            }

            if (figures.Count > 0)
            {
                html.Markup("<table class=\"figures\">\n<thead><tr><th>Period</th><th>Figure</th><th>Kind</th><th>Value</th><th>Cited in</th><th>Note</th></tr></thead>\n<tbody>\n");
                foreach (var figure in figures)
                {
                    html.Open("tr", "id", FigureAnchor(figure.Id))
                        .Element("td", figure.Period.Length == 0 ? "not given" : figure.Period, "class", "date")
                        .Element("td", ReportStyle.Name(figure.Metric))
                        .Element("td", figure.Kind.ToString())
                        .Element("td", figure.DisplayValue, "class", "num");
                    html.Open("td");
                    citations.WriteLinks(html, figure.CitationList);
                    html.Close("td").Element("td", figure.Note, "class", "small muted").Close("tr").Line();
                }

                html.Markup("</tbody>\n</table>\n");
            }

            html.Markup("</section>\n");
        }

        // The chart's targets with the sources that set them, so a reference line is never without its citation.
        private static void WriteTargetSources(HtmlWriter html, IReadOnlyList<TradeFigure> charted, CitationIndex citations)
        {
            var targets = TradeChart.Targets(charted);
            if (targets.Count == 0)
            {
                html.Line();
                return;
            }

            html.Open("p", "class", "note targets").Text(targets.Count == 1 ? "Target (the dashed line): " : "Targets (the dashed lines): ");
            for (int i = 0; i < targets.Count; i++)
            {
                html.Text((i == 0 ? string.Empty : "; ") + TradeChart.TargetWords(targets[i]) + ", set in ");
                citations.WriteLinks(html, targets[i].CitationList);
            }

            html.Text(". A target is what the sides aim for, not a figure anyone has reached.").Close("p").Line();
        }

        private static void WriteComparisons(HtmlWriter html, List<SourceComparison> comparisons, double tolerance, CitationIndex citations)
        {
            html.Markup("<section id=\"comparison\">\n").Element("h2", "What the sources say (Compare-Source)").Line();
            html.Open("p", "class", "note")
                .Text("One row per topic, with every claim on it. ")
                .Element("span", "Agree", "class", "badge status-agree").Text(": every pair of claims agrees (numbers within " + (tolerance * 100).ToString("0.##", CultureInfo.InvariantCulture) + " %, qualifiers and date precision respected). ")
                .Element("span", "Conflict", "class", "badge status-conflict").Text(": two claims disagree about the same period. ")
                .Element("span", "Changed", "class", "badge status-changed").Text(": claims differ only between different periods, a change over time rather than a dispute. ")
                .Element("span", "Single", "class", "badge status-single").Text(": one document states the topic.")
                .Close("p").Line();
            if (comparisons.Count == 0)
            {
                html.Element("p", "No claim in this report.", "class", "note").Markup("</section>\n");
                return;
            }

            html.Markup("<table class=\"comparison\">\n<thead><tr><th>Topic</th><th>Status</th><th>What each source says</th></tr></thead>\n<tbody>\n");
            foreach (var comparison in comparisons)
            {
                string status = ReportStyle.StatusClass(comparison.Status);
                html.Open("tr", "class", status)
                    .Open("td").Element("code", comparison.Topic).Close("td")
                    .Open("td").Element("span", comparison.Status.ToString(), "class", "badge " + status).Close("td")
                    .Open("td").Markup("<ul class=\"claims\">");
                foreach (var claim in comparison.Claims)
                {
                    html.Open("li").Element("strong", claim.DisplayValue).Text(PeriodWords(claim))
                        .Element("span", claim.SourceKind.ToString(), "class", ReportStyle.KindClass(claim.SourceKind)).Text(" ");
                    citations.WriteLink(html, claim.CitationRef);
                    html.Element("div", claim.Statement, "class", "small muted").Close("li");
                }

                html.Markup("</ul>");
                foreach (var conflict in comparison.Conflicts)
                {
                    html.Element("div", "In conflict: " + conflict, "class", "small");
                }

                html.Close("td").Close("tr").Line();
            }

            html.Markup("</tbody>\n</table>\n</section>\n");
        }

        // A dated happening is about its own date: "2018 as of 2018" would say nothing twice.
        private static string PeriodWords(Claim claim)
        {
            if (claim.Unit == ValueUnit.Date && (claim.AsOf.Length == 0 || claim.AsOf == claim.Value))
            {
                return " ";
            }

            return claim.AsOf.Length == 0 ? " (period not given) " : " as of " + claim.AsOf + " ";
        }

        private static void WriteSources(HtmlWriter html, CitationIndex citations)
        {
            html.Markup("<section id=\"sources\">\n").Element("h2", "Sources").Line()
                .Element("p", "Every citation in this report links here. The documents themselves are not shipped: the dataset carries their facts, figures, names and dates in its own words, each cited to document and paragraph. A source's kind says how much weight it bears: anonymous comments and opinion are marked.", "class", "note").Line();
            html.Markup("<ol class=\"sources\">\n");
            foreach (var cited in citations.CitedSources)
            {
                html.Open("li", "id", SourceAnchor(cited.Id));
                if (cited.Source is RelationsSource source)
                {
                    WriteSourceEntry(html, source);
                }
                else
                {
                    html.Element("strong", cited.Id).Element("div", "Not in the sources table.", "class", "small muted");
                }

                html.Open("div", "class", "small muted").Element("code", cited.Id)
                    .Text(" · cited " + cited.Count + (cited.Count == 1 ? " time" : " times") + " in this report").Close("div")
                    .Close("li").Line();
            }

            html.Markup("</ol>\n");
            if (citations.UncitedCount > 0)
            {
                html.Element("p", citations.UncitedCount + " other source(s) in the data are cited by nothing in this report.", "class", "note").Line();
            }

            html.Markup("</section>\n");
        }

        /// <summary>A source's entry in the source list: kind, title (a link where its Url may be one), authors, publisher, date, note.</summary>
        internal static void WriteSourceEntry(HtmlWriter html, RelationsSource source)
        {
            html.Element("span", source.Kind.ToString(), "class", ReportStyle.KindClass(source.Kind)).Text(" ");
            string? link = LinkTarget(source.Url);
            if (link != null)
            {
                // A link a reader may follow, never a load: the page tells the site nothing of where it came from.
                html.Open("strong").Element("a", source.Title, "href", link, "rel", "noopener noreferrer").Close("strong");
            }
            else
            {
                html.Element("strong", source.Title);
            }

            html.Open("div", "class", "small")
                .Text(string.Join(" · ", new[] { source.Authors.ToString(), source.Publisher, source.Published.Length == 0 ? "date not given" : "published " + source.Published, source.Language.ToString() }.Where(part => part.Length > 0)))
                .Close("div");
            if (link == null && source.Url.Length > 0)
            {
                html.Element("div", "Address, not linked because only http and https addresses are: " + source.Url, "class", "small muted");
            }

            if (source.Note.Length > 0)
            {
                html.Element("div", source.Note, "class", "small muted");
            }
        }

        /// <summary>
        /// The address to link for a source's Url, or null: only an absolute http or https address becomes a link, so a
        /// javascript:, data: or file: address can never run or open anything, whatever wrote the source.
        /// </summary>
        internal static string? LinkTarget(string url)
            => Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
                ? uri.AbsoluteUri
                : null;

        private static void WriteFooter(HtmlWriter html)
        {
            html.Open("footer").Text("Made with RelationsTools " + Version + " (Export-RelationsReport). This file is self-contained: it loads no scripts, fonts, styles or images from anywhere.").Close("footer").Line();
        }

        private static string Version
        {
            get
            {
                var version = typeof(HtmlReport).Assembly.GetName().Version;
                return version is null ? string.Empty : version.ToString(3);
            }
        }

        /// <summary>Which sources the report cites and how often, and the links that point to their entries.</summary>
        private sealed class CitationIndex
        {
            private readonly Dictionary<string, CitedSource> bySourceId = new Dictionary<string, CitedSource>(RelationsId.Comparer);

            public CitationIndex(IReadOnlyList<RelationsSource> sources, List<RelationsEvent> events, List<TradeFigure> figures, List<SourceComparison> comparisons)
            {
                var all = events.SelectMany(e => e.CitationList)
                    .Concat(figures.SelectMany(f => f.CitationList))
                    .Concat(comparisons.SelectMany(c => c.Claims).Select(c => c.CitationRef));
                foreach (var citation in all)
                {
                    if (!bySourceId.TryGetValue(citation.SourceId, out var cited))
                    {
                        var source = sources.FirstOrDefault(s => RelationsId.AreEqual(s.Id, citation.SourceId));
                        cited = new CitedSource(source?.Id ?? citation.SourceId, source);
                        bySourceId.Add(citation.SourceId, cited);
                    }

                    cited.Count++;
                }

                // In the order of the sources table, then any the table lacks.
                var order = sources.Select((s, i) => (s.Id, i)).GroupBy(p => p.Id, RelationsId.Comparer).ToDictionary(g => g.Key, g => g.First().i, RelationsId.Comparer);
                CitedSources = bySourceId.Values.OrderBy(c => order.TryGetValue(c.Id, out int i) ? i : int.MaxValue).ThenBy(c => c.Id, RelationsId.Comparer).ToList();
                UncitedCount = order.Keys.Count(id => !bySourceId.ContainsKey(id));
            }

            public IReadOnlyList<CitedSource> CitedSources { get; }

            public int UncitedCount { get; }

            public void WriteLinks(HtmlWriter html, IEnumerable<Citation> citations)
            {
                bool first = true;
                foreach (var citation in citations)
                {
                    if (!first)
                    {
                        html.Markup(" ");
                    }

                    WriteLink(html, citation);
                    first = false;
                }
            }

            public void WriteLink(HtmlWriter html, Citation citation)
            {
                // The anchor is the cited source's, however the citation spells its id.
                var cited = bySourceId.TryGetValue(citation.SourceId, out var known) ? known : null;
                html.Element("a", citation.ToString(), "class", "cite", "href", "#" + SourceAnchor(cited?.Id ?? citation.SourceId), "title", cited?.Source?.Title ?? citation.SourceId);
            }
        }

        private sealed class CitedSource
        {
            public CitedSource(string id, RelationsSource? source)
            {
                Id = id;
                Source = source;
            }

            public string Id { get; }

            public RelationsSource? Source { get; }

            public int Count { get; set; }
        }
    }
}
