using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using RelationsTools.Data;
using RelationsTools.Model;
using RelationsTools.Query;
using RelationsTools.Report;
using Xunit;

namespace RelationsTools.Tests
{
    public class HtmlReportTests
    {
        private static readonly RelationsData Bundled = RelationsData.Load(RepoPaths.BundledData);
        private static readonly Lazy<string> BundledReport = new Lazy<string>(() => Render(ReportContent.From(Bundled, DateWindow.Unbounded, ReadMonitor.Strict)));

        internal static string Render(ReportContent content)
        {
            using var writer = new StringWriter();
            HtmlReport.Write(writer, content);
            return writer.ToString();
        }

        internal static string Svg(string html, string id)
        {
            var match = Regex.Match(html, "<svg id=\"" + id + "\".*?</svg>", RegexOptions.Singleline);
            Assert.True(match.Success, "no <svg id=\"" + id + "\">");
            return match.Value;
        }

        private static int Count(string text, string pattern) => Regex.Matches(text, pattern).Count;

        [Fact]
        public void Every_citation_links_to_the_sources_entry_in_the_source_list()
        {
            string html = BundledReport.Value;
            var links = Regex.Matches(html, "href=\"#(src-[^\"]+)\"").Cast<Match>().Select(m => m.Groups[1].Value).Distinct().ToList();
            var anchors = Regex.Matches(html, "<li id=\"(src-[^\"]+)\"").Cast<Match>().Select(m => m.Groups[1].Value).ToList();

            Assert.Contains("src-iseas-2025-03-mending-fences", links);
            Assert.Equal(links.OrderBy(l => l, StringComparer.Ordinal), anchors.OrderBy(a => a, StringComparer.Ordinal));
            // Each target's citations appear twice: in the figures' table and beside the chart's reference line.
            int targetCitations = Bundled.TradeFigures.Where(f => f.Kind == FigureKind.Target && f.Unit == ValueUnit.USD).Sum(f => f.CitationList.Count);
            int citations = Bundled.Events.Sum(e => e.CitationList.Count) + Bundled.TradeFigures.Sum(f => f.CitationList.Count) + Bundled.Claims.Count + targetCitations;
            Assert.Equal(citations, Count(html, "<a class=\"cite\" href=\"#src-"));
        }

        [Fact]
        public void The_report_loads_nothing_from_anywhere()
        {
            string html = BundledReport.Value;

            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotMatch(new Regex("url\\((?!#)", RegexOptions.IgnoreCase), html);   // url(#id) names a pattern in the page itself
            Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(" src=", html, StringComparison.OrdinalIgnoreCase);
            // Links go within the page, or (a source's Url) are plain http(s) links a reader may follow: nothing loads them.
            Assert.All(Regex.Matches(html, "<a [^>]*href=\"([^\"]*)\"[^>]*>").Cast<Match>(), link => Assert.True(
                link.Groups[1].Value.StartsWith("#", StringComparison.Ordinal) || (Regex.IsMatch(link.Groups[1].Value, "^https?://") && link.Value.Contains("rel=\"noopener noreferrer\"")),
                link.Value));
            Assert.Contains("content=\"default-src 'none'; style-src 'unsafe-inline'\"", html);
        }

        [Fact]
        public void The_timeline_draws_a_day_as_a_dot_and_a_closed_span_as_a_bar_and_an_open_one_as_a_dashed_line()
        {
            string timeline = Svg(BundledReport.Value, "timeline-chart");

            Assert.Equal(Bundled.Events.Count(e => e.Precision == DatePrecision.Day), Count(timeline, "<circle class=\"mark day[ \"]"));
            Assert.Equal(Bundled.Events.Count(e => e.Precision is DatePrecision.Month or DatePrecision.Year or DatePrecision.Range || (e.Precision == DatePrecision.Bounded && e.Start != null && e.End != null)), Count(timeline, "<rect class=\"mark span[ \"]"));
            Assert.Equal(Bundled.Events.Count(e => e.Precision is DatePrecision.Open or DatePrecision.Bounded && e.Start is null), Count(timeline, "<g class=\"mark open-start[ \"]"));
            Assert.Equal(Bundled.Events.Count(e => e.Precision is DatePrecision.Open or DatePrecision.Bounded && e.End is null), Count(timeline, "<g class=\"mark open-end[ \"]"));
        }

        [Fact]
        public void The_timeline_colours_each_mark_by_its_category()
        {
            string timeline = Svg(BundledReport.Value, "timeline-chart");
            string withdrawal = Regex.Match(timeline, "<a href=\"#event-ev-2024-09-20-clv-dta-withdrawal\"><circle[^>]*>").Value;
            string history = Regex.Match(timeline, "<a href=\"#event-ev-1979-1989-vietnamese-military-involvement\"><rect[^>]*>").Value;

            Assert.Contains("fill=\"#0072B2\"", withdrawal);   // Diplomacy
            Assert.Contains("fill=\"#555555\"", history);      // History
        }

        [Fact]
        public void The_trade_chart_draws_targets_as_labelled_reference_lines_and_the_rest_as_bars()
        {
            string chart = Svg(BundledReport.Value, "trade-chart");
            int usd = Bundled.TradeFigures.Count(f => f.Unit == ValueUnit.USD);
            int targets = Bundled.TradeFigures.Count(f => f.Unit == ValueUnit.USD && f.Kind == FigureKind.Target);

            Assert.Equal(usd - targets, Count(chart, "<rect class=\"bar "));
            Assert.Equal(0, Count(chart, "<rect class=\"bar target"));
            Assert.Equal(targets, Count(chart, "<line class=\"target\"[^>]*stroke-dasharray"));
            Assert.Contains(">Target: Two-way trade US$20.0 bn, no year given</text>", chart);
        }

        [Fact]
        public void A_target_line_stands_at_its_value_on_the_bars_scale()
        {
            string chart = Svg(BundledReport.Value, "trade-chart");
            var line = Regex.Match(chart, "<a href=\"#figure-tf-bilateral-trade-target\"><line class=\"target\" x1=\"([0-9.]+)\" x2=\"([0-9.]+)\"");
            var gridline = Regex.Matches(chart, "<line class=\"grid\" x1=\"([0-9.]+)\"").Cast<Match>().Last();   // the scale's top: US$20.0 bn

            Assert.True(line.Success, "no reference line for the US$20 billion target");
            Assert.Equal(line.Groups[1].Value, line.Groups[2].Value);
            Assert.Equal(gridline.Groups[1].Value, line.Groups[1].Value);
        }

        [Fact]
        public void The_chart_lists_each_target_with_links_to_its_sources()
        {
            string html = BundledReport.Value;
            string note = Regex.Match(html, "<p class=\"note targets\">.*?</p>", RegexOptions.Singleline).Value;

            Assert.Contains("Two-way trade US$20.0 bn, no year given", note);
            foreach (var citation in Bundled.TradeFigures.Single(f => f.Id == "tf-bilateral-trade-target").CitationList)
            {
                Assert.Contains("href=\"#src-" + citation.SourceId + "\"", note);
            }
        }

        [Fact]
        public void A_part_year_figure_is_a_hatched_bar_labelled_with_its_length()
        {
            string chart = Svg(BundledReport.Value, "trade-chart");
            string partYear = Regex.Match(chart, "<a href=\"#figure-tf-2025-01-07-bilateral-trade\">.*?</a>", RegexOptions.Singleline).Value;
            string fullYear = Regex.Match(chart, "<a href=\"#figure-tf-2024-bilateral-trade\">.*?</a>", RegexOptions.Singleline).Value;

            Assert.Contains("<rect class=\"bar actual part-year\"", partYear);
            Assert.Matches("fill=\"url\\(#part-year-BilateralTrade\\)\"", partYear);
            Assert.Contains(">≈ US$7.0 bn (7 months)</text>", partYear);
            Assert.Contains("<pattern id=\"part-year-BilateralTrade\"", chart);
            Assert.Contains(">2025-01/2025-07 (7 months, part of a year)</text>", chart);
            Assert.DoesNotContain("part-year", fullYear);
            Assert.Equal(3, Count(chart, "<rect class=\"bar actual part-year\""));
        }

        [Fact]
        public void A_window_report_shows_the_targets_that_bear_on_its_figures()
        {
            var window = DateWindow.Between(FuzzyDate.Parse("2024"), FuzzyDate.Parse("2025"));
            string html = Render(ReportContent.From(Bundled, window, ReadMonitor.Strict));

            Assert.Contains("id=\"figure-tf-bilateral-trade-target\"", html);
            Assert.Contains("<a href=\"#figure-tf-bilateral-trade-target\"><line class=\"target\"", Svg(html, "trade-chart"));
            Assert.Contains("<li id=\"src-joint-commission-2025-12-21st-meeting\"", html);
        }

        [Fact]
        public void A_window_with_no_figure_of_a_metric_shows_none_of_its_targets()
        {
            var window = DateWindow.Between(FuzzyDate.Parse("1967"), FuzzyDate.Parse("1970"));
            string html = Render(ReportContent.From(Bundled, window, ReadMonitor.Strict));

            Assert.DoesNotContain("figure-tf-bilateral-trade-target", html);
        }

        [Fact]
        public void A_target_for_a_later_time_bears_on_a_window_and_one_for_an_earlier_time_does_not()
        {
            using var folder = new TempDataFolder();
            folder.Write("trade-figures.csv", "Id,Metric,Period,Kind,Value,Unit,Qualifier,Citations,Note\n"
                + "tf-2024,BilateralTrade,2024,Actual,10000000000,USD,Exact,iseas-2025-03-mending-fences ¶7,\n"
                + "tf-target-2020,BilateralTrade,2020,Target,6000000000,USD,Exact,iseas-2025-03-mending-fences ¶7,\n"
                + "tf-target-2030,BilateralTrade,2030,Target,30000000000,USD,Exact,iseas-2025-03-mending-fences ¶7,\n"
                + "tf-target-none,BilateralTrade,,Target,20000000000,USD,Exact,iseas-2025-03-mending-fences ¶7,\n"
                + "tf-export-target,CambodiaExportsToVietnam,,Target,9000000000,USD,Exact,iseas-2025-03-mending-fences ¶7,\n");
            var sink = new ReadMonitor(e => throw e, e => throw e);
            var window = DateWindow.Between(FuzzyDate.Parse("2024"), FuzzyDate.Parse("2024"));

            string chart = Svg(Render(ReportContent.From(DataFolder.Open(folder.Path, Bundled, sink), window, sink)), "trade-chart");

            Assert.Contains("#figure-tf-2024\"", chart);
            Assert.Contains("#figure-tf-target-2030\"", chart);
            Assert.Contains(">Target: Two-way trade US$30.0 bn for 2030</text>", chart);
            Assert.Contains("#figure-tf-target-none\"", chart);
            Assert.DoesNotContain("tf-target-2020", chart);     // a target for a time before the window is history
            Assert.DoesNotContain("tf-export-target", chart);   // no export figure in the window to measure against it
        }

        [Fact]
        public void Comparison_rows_of_Agree_Changed_and_Conflict_are_highlighted_and_come_first()
        {
            string html = BundledReport.Value;
            var statuses = Regex.Matches(html, "<tr class=\"status-(\\w+)\"").Cast<Match>().Select(m => m.Groups[1].Value).ToList();

            Assert.Equal(new[] { "conflict", "changed", "agree", "single" }, statuses.Distinct());
            Assert.Contains("<tr class=\"status-changed\"><td><code>vietnam-export-rank</code>", html);
        }

        [Fact]
        public void A_Conflict_row_says_which_claims_disagree()
        {
            string row = Regex.Match(BundledReport.Value, "<tr class=\"status-conflict\"><td><code>clv-dta-age-years</code>.*?</tr>", RegexOptions.Singleline).Value;

            Assert.Contains(HtmlWriter.Encode("In conflict: 25 as of 2024 (news-2024-na-cancels-clv-dta-trade-agreement ¶2) vs ≈ 20 as of 2024-09 (iseas-2025-03-mending-fences ¶4)"), row);
            Assert.Equal(1, Count(row, "In conflict: "));
        }

        [Fact]
        public void A_window_keeps_the_events_and_figures_that_overlap_it_and_the_topics_claimed_about_it()
        {
            var window = DateWindow.Between(FuzzyDate.Parse("2019"), FuzzyDate.Parse("2019"));
            string html = Render(ReportContent.From(Bundled, window, ReadMonitor.Strict));

            Assert.Contains("id=\"event-ev-2019-late-svay-rieng-joint-drill\"", html);
            Assert.DoesNotContain("id=\"event-ev-2024-09-20-clv-dta-withdrawal\"", html);
            Assert.Contains("id=\"figure-tf-2019-bilateral-trade\"", html);
            Assert.DoesNotContain("id=\"figure-tf-2024-bilateral-trade\"", html);
            Assert.Contains("<code>vietnam-investor-rank</code>", html);   // CICP's rank is as of 2019
            Assert.DoesNotContain("<code>vietnam-export-rank</code>", html); // claimed for 2024 and 2025
            Assert.Contains("from 2019-01-01 to 2019-12-31", html);
        }

        [Fact]
        public void A_window_report_draws_an_event_that_only_may_fall_in_it_as_possible_and_says_so_in_its_legend()
        {
            var window = DateWindow.Between(FuzzyDate.Parse("1979"), FuzzyDate.Parse("1979"));
            string html = Render(ReportContent.From(Bundled, window, ReadMonitor.Strict));
            string timeline = Svg(html, "timeline-chart");

            string war = Regex.Match(timeline, "<a href=\"#event-ev-undated-sino-vietnamese-war\"><g [^>]*>").Value;            // [1970..]
            string involvement = Regex.Match(timeline, "<a href=\"#event-ev-1979-1989-vietnamese-military-involvement\"><rect[^>]*>").Value;  // 1979/1989
            Assert.Contains("class=\"mark open-end possible\"", war);
            Assert.Contains("class=\"mark span\"", involvement);
            int possible = new EventQuery(window: window).Run(Bundled, ReadMonitor.Strict).Count(e => e.InWindow == Certainty.Possible);
            Assert.InRange(possible, 2, 40);
            Assert.Equal(possible, Count(timeline, "class=\"mark [a-z -]* possible\""));
            Assert.Contains("possibly in it, possibly not", html);
            Assert.DoesNotContain("possibly in it, possibly not", BundledReport.Value);
        }

        [Fact]
        public void Data_is_escaped_as_text_wherever_it_appears()
        {
            using var folder = new TempDataFolder();
            folder.Write("sources.csv", "Id,Title,Publisher,Authors,Published,Kind,Language,Note\nmy-src,\"<script>alert(1)</script> \"\"&' title\",<b>pub</b>,,2024,NewsReport,en,<i>note</i>\n");
            folder.Write("events.csv", "Id,Date,Title,Summary,Category,Actors,Location,Citations,Note\nev-x,2024-05-01,<b>bold</b> title,\"<script>alert(2)</script> \"\"&'\",Trade,,<u>here</u>,my-src ¶1,<img src=x>\n");
            var problems = new List<DataFileException>();
            var sink = new ReadMonitor(problems.Add, problems.Add);

            string html = Render(ReportContent.From(DataFolder.Open(folder.Path, Bundled, sink), DateWindow.Unbounded, sink));

            Assert.Empty(problems);
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<b>", html);
            Assert.DoesNotContain("<img", html);
            Assert.DoesNotContain("<u>", html);
            Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &quot;&amp;&#39; title", html);
            Assert.Contains("&lt;b&gt;bold&lt;/b&gt; title", html);
            Assert.Contains("&lt;img src=x&gt;", html);
        }

        [Fact]
        public void The_title_goes_escaped_into_the_page_title_and_the_heading()
        {
            var content = ReportContent.From(Bundled, DateWindow.Unbounded, ReadMonitor.Strict);
            content.Title = "Trade & <i>the border</i>";

            string html = Render(content);

            Assert.Contains("<title>Trade &amp; &lt;i&gt;the border&lt;/i&gt;</title>", html);
            Assert.Contains("<h1>Trade &amp; &lt;i&gt;the border&lt;/i&gt;</h1>", html);
            Assert.Contains("<title>" + ReportContent.DefaultTitle + "</title>", BundledReport.Value);
        }

        [Fact]
        public void A_folder_report_names_the_folder_but_never_where_it_is()
        {
            using var folder = new TempDataFolder();
            folder.Write("events.csv", "Id,Date,Title,Summary,Category,Actors,Location,Citations,Note\nev-x,2024-05-01,A title,A summary,Trade,,,iseas-2025-03-mending-fences ¶1,\n");
            var sink = new ReadMonitor(e => throw e, e => throw e);

            string html = Render(ReportContent.From(DataFolder.Open(folder.Path, Bundled, sink), DateWindow.Unbounded, sink));

            Assert.Contains("A RelationsTools report on your data (the folder “" + Path.GetFileName(folder.Path) + "”), all dates.", html);
            Assert.DoesNotContain(Path.GetDirectoryName(folder.Path)!, html);
        }

        private const string EventsHeader = "Id,Date,Title,Summary,Category,Status,Actors,Location,Citations,Note\n";

        internal static string RenderFolder(TempDataFolder folder)
        {
            var problems = new List<DataFileException>();
            var sink = new ReadMonitor(problems.Add, problems.Add);
            string html = Render(ReportContent.From(DataFolder.Open(folder.Path, Bundled, sink), DateWindow.Unbounded, sink));
            Assert.Empty(problems);
            return html;
        }

        [Fact]
        public void The_timeline_draws_expected_events_and_goals_hollow_and_says_so_in_its_legend()
        {
            using var folder = new TempDataFolder();
            folder.Write("events.csv", EventsHeader
                + "ev-done,2024-05-01,Done,A summary,Trade,Happened,,,iseas-2025-03-mending-fences ¶1,\n"
                + "ev-meeting,2026-05-01,A meeting planned,A summary,Diplomacy,Expected,,,iseas-2025-03-mending-fences ¶1,\n"
                + "ev-road,2027,A road due,A summary,Infrastructure,Expected,,,iseas-2025-03-mending-fences ¶1,\n"
                + "ev-goal,2030,An income goal,A summary,Politics,Goal,,,iseas-2025-03-mending-fences ¶1,\n"
                + "ev-from,2026-03/..,A plan from March on,A summary,Trade,Expected,,,iseas-2025-03-mending-fences ¶1,\n");

            string html = RenderFolder(folder);
            string timeline = Svg(html, "timeline-chart");
            string Mark(string id) => Regex.Match(timeline, "<a href=\"#event-" + id + "\"><(circle|rect|g) class=\"mark[^>]*>").Value;

            Assert.Matches("class=\"mark day\"[^>]*fill=\"#E69F00\"", Mark("ev-done"));
            Assert.Matches("class=\"mark day expected\"[^>]*fill=\"#ffffff\"[^>]*stroke=\"#0072B2\"", Mark("ev-meeting"));
            Assert.Matches("class=\"mark span expected\"[^>]*fill=\"#ffffff\"[^>]*stroke=\"#56B4E9\"", Mark("ev-road"));
            Assert.Matches("class=\"mark span goal\"[^>]*fill=\"#ffffff\"[^>]*stroke=\"#B8A000\"[^>]*stroke-dasharray", Mark("ev-goal"));
            Assert.Contains("class=\"mark open-end expected\"", Mark("ev-from"));
            Assert.Matches("<span class=\"title\">Status</span>.*hollow.*goal", Regex.Match(html, "<div class=\"legend\"><span class=\"title\">Status</span>.*?</div>").Value);
            Assert.Contains("a day, expected", html);   // the events table says it in words
            Assert.Contains("a year, a goal", html);
        }

        [Fact]
        public void The_events_come_in_the_order_Get_RelationsEvent_gives_them()
        {
            using var folder = new TempDataFolder();
            folder.Write("events.csv", EventsHeader
                + "EV-B,2024,B,A summary,Trade,Happened,,,iseas-2025-03-mending-fences ¶1,\n"
                + "ev-a,2024,A,A summary,Trade,Happened,,,iseas-2025-03-mending-fences ¶1,\n"
                + "ev-c,2023,C,A summary,Trade,Happened,,,iseas-2025-03-mending-fences ¶1,\n");
            var queried = new EventQuery().Run(DataFolder.Open(folder.Path, Bundled, ReadMonitor.Strict), ReadMonitor.Strict).Select(e => e.Id).ToList();

            var reported = Regex.Matches(RenderFolder(folder), "<tr id=\"event-([^\"]+)\"").Cast<Match>().Select(m => m.Groups[1].Value);

            Assert.Equal(new[] { "ev-c", "ev-a", "EV-B" }, queried);
            Assert.Equal(queried, reported);
        }

        [Fact]
        public void The_timeline_has_no_status_legend_when_every_event_happened()
        {
            Assert.DoesNotContain("<span class=\"title\">Status</span>", Render(ReportContent.From(Bundled, DateWindow.Between(FuzzyDate.Parse("2019"), FuzzyDate.Parse("2019")), ReadMonitor.Strict)));
        }

        [Fact]
        public void A_source_with_a_Url_is_linked_escaped_and_without_a_referrer()
        {
            using var folder = new TempDataFolder();
            folder.Write("sources.csv", "Id,Title,Publisher,Authors,Published,Kind,Language,Via,RepostOf,Paragraphs,Url,Note\n"
                + "my-linked,A linked article,P,,2025,NewsReport,en,,,,https://example.org/news?id=1&lang=en,\n"
                + "my-plain,A plain article,P,,2025,NewsReport,en,,,,,\n");
            folder.Write("events.csv", EventsHeader
                + "ev-a,2025-05-01,An event,A summary,Trade,Happened,,,my-linked ¶1; my-plain ¶1,\n");

            string html = RenderFolder(folder);
            string linked = Regex.Match(html, "<li id=\"src-my-linked\">.*?</li>", RegexOptions.Singleline).Value;
            string plain = Regex.Match(html, "<li id=\"src-my-plain\">.*?</li>", RegexOptions.Singleline).Value;

            Assert.Contains("<a href=\"https://example.org/news?id=1&amp;lang=en\" rel=\"noopener noreferrer\">A linked article</a>", linked);
            Assert.DoesNotContain("href=\"http", plain);
            Assert.Contains("A plain article", plain);
        }

        [Theory]
        [InlineData("https://example.org/a", true)]
        [InlineData("http://example.org/a?b=1&c=2", true)]
        [InlineData("HTTPS://EXAMPLE.ORG/", true)]
        [InlineData("javascript:alert(1)", false)]
        [InlineData(" javascript:alert(1)", false)]
        [InlineData("JavaScript:alert(1)", false)]
        [InlineData("data:text/html,<script>alert(1)</script>", false)]
        [InlineData("vbscript:msgbox(1)", false)]
        [InlineData("file:///etc/passwd", false)]
        [InlineData("ftp://example.org/", false)]
        [InlineData("//example.org/a", false)]
        [InlineData("/relative/path", false)]
        [InlineData("example.org", false)]
        [InlineData("", false)]
        public void Only_an_absolute_http_or_https_address_is_linked(string url, bool linked)
            => Assert.Equal(linked, HtmlReport.LinkTarget(url) != null);

        [Fact]
        public void An_address_that_is_not_http_is_shown_as_text_never_as_a_link()
        {
            var html = new StringWriter();
            var source = new RelationsSource("s", "Title", "P", DelimitedList.Parse(""), FuzzyDate.Parse("2025"), SourceKind.NewsReport, DelimitedList.Parse("en"), "", url: "javascript:alert(1)");

            HtmlReport.WriteSourceEntry(new HtmlWriter(html), source);

            Assert.DoesNotContain("href", html.ToString());
            Assert.Contains("javascript:alert(1)", html.ToString());
            Assert.Contains("not linked", html.ToString());
        }

        [Fact]
        public void The_year_scale_keeps_time_in_order_and_squeezes_years_without_events()
        {
            var dates = new (DateTime?, DateTime?)[]
            {
                (new DateTime(1967, 1, 1), new DateTime(1967, 12, 31)),
                (new DateTime(2024, 9, 20), new DateTime(2024, 9, 20)),
                (new DateTime(2024, 7, 1), new DateTime(2025, 3, 31)),
            };
            var scale = new TimelineChart.YearScale(dates, 0, 1000);

            var days = new[] { new DateTime(1967, 1, 1), new DateTime(1967, 7, 1), new DateTime(1990, 1, 1), new DateTime(2024, 1, 1), new DateTime(2024, 9, 20), new DateTime(2025, 12, 31) };
            var xs = days.Select(scale.X).ToList();
            Assert.Equal(xs.OrderBy(x => x), xs);
            Assert.Equal(0, scale.X(new DateTime(1967, 1, 1)));
            Assert.Equal(1000, scale.XAfter(new DateTime(2025, 12, 31)), 6);

            double busyYear = scale.X(new DateTime(2025, 1, 1)) - scale.X(new DateTime(2024, 1, 1));
            double emptyDecades = scale.X(new DateTime(2024, 1, 1)) - scale.X(new DateTime(1968, 1, 1));
            Assert.True(emptyDecades < busyYear, $"56 empty years take {emptyDecades}, one busy year {busyYear}");
            Assert.Single(scale.Gaps);
        }

        [Theory]
        [InlineData(20_000_000_000, 20_000_000_000)]
        [InlineData(10_500_000_000, 20_000_000_000)]
        [InlineData(7, 8)]
        [InlineData(0.3, 0.4)]
        [InlineData(100, 100)]
        public void The_trade_scale_ends_on_a_round_number(double value, double expected)
            => Assert.Equal((decimal)expected, TradeChart.NiceMaximum((decimal)value));
    }
}
