using System;
using System.Collections.Generic;
using System.Linq;
using RelationsTools.Compare;
using RelationsTools.Data;
using RelationsTools.Model;
using RelationsTools.Query;

namespace RelationsTools.Report
{
    /// <summary>
    /// What a report covers: the events and trade figures that overlap a window (as Get-RelationsEvent and
    /// Get-TradeFigure select them) with the targets that bear on those figures, the topics whose claims are
    /// about the window, and the sources they cite; or the same of a selection of events, figures and claims.
    /// </summary>
    /// <remarks>
    /// For a user's folder the rows are streamed, read only when <see cref="HtmlReport.Write"/> reaches them,
    /// so a bad row goes to the folder's problem sink then, and the report goes on without it.
    /// </remarks>
    public sealed class ReportContent
    {
        private readonly IEnumerable<TradeFigure> allFigures;

        /// <param name="figures">Every trade figure: a target that bears on the window may be for any time, or none.</param>
        private ReportContent(string dataDescription, DateWindow window, SourceKindFilter sourceKinds, IReadOnlyList<RelationsSource> sources, IReadOnlyList<Actor> actors, IEnumerable<RelationsEvent> events, IEnumerable<TradeFigure> figures, IEnumerable<Claim> claims)
        {
            DataDescription = dataDescription;
            Window = window;
            SourceKinds = sourceKinds;
            Sources = sources;
            Actors = actors;
            Events = events;
            allFigures = figures;
            Claims = claims;
        }

        /// <summary>The title a report has unless it is given one.</summary>
        public const string DefaultTitle = "Cambodia–Vietnam relations";

        /// <summary>Where the data comes from, in words for the report's header.</summary>
        public string DataDescription { get; }

        /// <summary>
        /// The ids of the sources that the records of a selection cite and the data has not (records piped from another
        /// -DataPath): the report lists them as not in the sources table. Empty for a report of the data itself.
        /// </summary>
        public IReadOnlyList<string> SourcesNotFound { get; private set; } = Array.Empty<string>();

        /// <summary>The report's title, in the page's title and its heading.</summary>
        public string Title { get; set; } = DefaultTitle;

        public DateWindow Window { get; }

        /// <summary>The kinds of document the report keeps what is stated by (-SourceKind); every kind by default.</summary>
        public SourceKindFilter SourceKinds { get; }

        /// <summary>Every source the rows may cite; the report lists those it cites.</summary>
        public IReadOnlyList<RelationsSource> Sources { get; }

        public IReadOnlyList<Actor> Actors { get; }

        /// <summary>The events that overlap <see cref="Window"/>.</summary>
        public IEnumerable<RelationsEvent> Events { get; }

        /// <summary>
        /// The trade figures whose period overlaps <see cref="Window"/>, then the targets that bear on them: a target
        /// with no period, or one for a time after the window, of a metric that some actual or estimate in the window
        /// measures. (The US$20 billion target has no year; a report on 2024 and 2025 is where it matters most.)
        /// </summary>
        public IEnumerable<TradeFigure> TradeFigures => new TradeFigureQuery(window: Window, sourceKinds: SourceKinds.Kinds?.Select(k => k.Pattern)).Filter(allFigures, Sources);

        /// <summary>Every claim of a document of <see cref="SourceKinds"/>: a topic's status depends on all its claims, even those about other times.</summary>
        public IEnumerable<Claim> Claims { get; }

        /// <summary>The tolerance of the comparison, as Compare-Source -Tolerance.</summary>
        public double Tolerance { get; set; } = ClaimLedger.DefaultTolerance;

        /// <summary>
        /// The report of <paramref name="data"/>, with only what a document of <paramref name="sourceKinds"/> states when
        /// they are given; bad rows of a user's folder go to <paramref name="sink"/> as the report reads them.
        /// </summary>
        public static ReportContent From(DataStore data, DateWindow window, ReadMonitor sink, IEnumerable<string>? sourceKinds = null)
        {
            var kinds = new SourceKindFilter(sourceKinds);
            // The figures are read once: the chart shows those the window selects (in time order), the comparison
            // weighs them all, in the order Compare-Source does.
            var figures = new Lazy<List<TradeFigure>>(() => data.ReadTradeFigures(sink).ToList());
            return new ReportContent(
                Describe(data),
                window,
                kinds,
                data.Sources,
                data.Actors,
                new EventQuery(window: window, sourceKinds: sourceKinds).Run(data, sink),
                Deferred(() => figures.Value),
                Deferred(() => data.ReadClaimRows(sink).Concat(data.ClaimsOf(figures.Value)).Where(claim => kinds.Admits(claim.Source.Kind))));
        }

        /// <summary>
        /// The report of exactly <paramref name="events"/>, <paramref name="figures"/> and <paramref name="claims"/>
        /// (as an analyst picks them in a pipeline), those the window keeps as it keeps the data's, with the sources
        /// they cite from <paramref name="data"/>; its header says it is a selection. A figure weighs in the
        /// comparison as a claim of each source it cites, as everywhere; nothing is added that was not given, and with
        /// <paramref name="sourceKinds"/> only what a document of those kinds states is kept, as in the whole report.
        /// </summary>
        public static ReportContent Of(DataStore data, DateWindow window, IEnumerable<RelationsEvent> events, IEnumerable<TradeFigure> figures, IEnumerable<Claim> claims, IEnumerable<string>? sourceKinds = null)
        {
            var kinds = new SourceKindFilter(sourceKinds);
            var chosenEvents = DistinctById(events, e => e.Id);
            var chosenFigures = DistinctById(figures, f => f.Id);
            var givenClaims = DistinctById(claims, c => c.Id);
            var chosenClaims = DistinctById(givenClaims.Concat(data.ClaimsOf(chosenFigures)), c => c.Id).Where(claim => kinds.Admits(claim.Source.Kind));
            var known = new HashSet<string>(data.Sources.Select(source => source.Id), RelationsId.Comparer);
            var cited = chosenEvents.SelectMany(e => e.SourceIds).Concat(chosenFigures.SelectMany(f => f.SourceIds)).Concat(givenClaims.Select(c => c.SourceId));
            var content = new ReportContent(
                DescribeSelection(chosenEvents.Count, chosenFigures.Count, givenClaims.Count, Describe(data)),
                window,
                kinds,
                data.Sources,
                data.Actors,
                new EventQuery(window: window, sourceKinds: sourceKinds).Filter(chosenEvents, data.Actors).ToList(),
                chosenFigures,
                chosenClaims.ToList());
            content.SourcesNotFound = cited.Where(id => !known.Contains(id)).Distinct(RelationsId.Comparer).ToList();
            return content;
        }

        private static List<T> DistinctById<T>(IEnumerable<T> items, Func<T, string> id)
        {
            var seen = new HashSet<string>(RelationsId.Comparer);
            return items.Where(item => seen.Add(id(item))).ToList();
        }

        private static string DescribeSelection(int events, int figures, int claims, string data)
            => "a selection of " + Count(events, "event") + ", " + Count(figures, "trade figure") + " and " + Count(claims, "claim") + " from " + data;

        private static string Count(int count, string noun)
            => count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");

        private static IEnumerable<T> Deferred<T>(Func<IEnumerable<T>> rows)
        {
            foreach (var row in rows())
            {
                yield return row;
            }
        }

        // Where the data comes from, never a local path: a report is made to be passed on.
        private static string Describe(DataStore data) => data switch
        {
            DataFolder folder => DescribeFolder(folder.Path) + (folder.IncludesBundled ? " with the bundled dataset" : string.Empty),
            _ => "the bundled dataset",
        };

        /// <summary>Whether a topic belongs in the report: with a window, some claim on it must be about a time in the window.</summary>
        internal bool CoversTopic(SourceComparison comparison)
        {
            if (Window.IsUnbounded)
            {
                return true;
            }

            foreach (var claim in comparison.Claims)
            {
                if (Window.Admits(claim.AsOfDate, within: false))
                {
                    return true;
                }
            }

            return false;
        }

        // The folder's name, never its path: a report is made to be passed on, and where it was made is nobody's business.
        private static string DescribeFolder(string path)
        {
            string name = System.IO.Path.GetFileName(path.TrimEnd(System.IO.Path.DirectorySeparatorChar, System.IO.Path.AltDirectorySeparatorChar));
            return name.Length == 0 ? "your data" : "your data (the folder “" + name + "”)";
        }

        /// <summary>The kinds of document a report keeps, in words for its header; empty for every kind.</summary>
        internal static string Describe(SourceKindFilter kinds)
            => kinds.IsEveryKind ? string.Empty : ", only what a document of kind " + string.Join(", ", kinds.Kinds!.Select(k => k.Pattern)) + " states";

        internal static string Describe(DateWindow window)
        {
            if (window.IsUnbounded)
            {
                return "all dates";
            }

            string from = window.First is DateTime first ? first.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "the earliest";
            string to = window.Last is DateTime last ? last.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "the latest";
            return "from " + from + " to " + to;
        }
    }
}
