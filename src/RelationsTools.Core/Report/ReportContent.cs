using System;
using System.Collections.Generic;
using RelationsTools.Compare;
using RelationsTools.Data;
using RelationsTools.Model;
using RelationsTools.Query;

namespace RelationsTools.Report
{
    /// <summary>
    /// What a report covers: the events and trade figures that overlap a window (as Get-RelationsEvent and
    /// Get-TradeFigure select them), the topics whose claims are about the window, and the sources they cite.
    /// </summary>
    /// <remarks>
    /// For a user's folder the rows are streamed, read only when <see cref="HtmlReport.Write"/> reaches them,
    /// so a bad row goes to the folder's problem sink then, and the report goes on without it.
    /// </remarks>
    public sealed class ReportContent
    {
        private ReportContent(string dataDescription, DateWindow window, IReadOnlyList<RelationsSource> sources, IReadOnlyList<Actor> actors, IEnumerable<RelationsEvent> events, IEnumerable<TradeFigure> figures, IEnumerable<Claim> claims)
        {
            DataDescription = dataDescription;
            Window = window;
            Sources = sources;
            Actors = actors;
            Events = events;
            TradeFigures = figures;
            Claims = claims;
        }

        /// <summary>The title a report has unless it is given one.</summary>
        public const string DefaultTitle = "Cambodia–Vietnam relations";

        /// <summary>Where the data comes from, in words for the report's header.</summary>
        public string DataDescription { get; }

        /// <summary>The report's title, in the page's title and its heading.</summary>
        public string Title { get; set; } = DefaultTitle;

        public DateWindow Window { get; }

        /// <summary>Every source the rows may cite; the report lists those it cites.</summary>
        public IReadOnlyList<RelationsSource> Sources { get; }

        public IReadOnlyList<Actor> Actors { get; }

        /// <summary>The events that overlap <see cref="Window"/>.</summary>
        public IEnumerable<RelationsEvent> Events { get; }

        /// <summary>The trade figures whose period overlaps <see cref="Window"/>.</summary>
        public IEnumerable<TradeFigure> TradeFigures { get; }

        /// <summary>Every claim: a topic's status depends on all its claims, even those about other times.</summary>
        public IEnumerable<Claim> Claims { get; }

        /// <summary>The tolerance of the comparison, as Compare-Source -Tolerance.</summary>
        public double Tolerance { get; set; } = ClaimLedger.DefaultTolerance;

        /// <summary>The report of a loaded dataset, such as <see cref="RelationsData.Bundled"/>.</summary>
        public static ReportContent FromData(RelationsData data, DateWindow window, string dataDescription)
        {
            return new ReportContent(
                dataDescription,
                window,
                data.Sources,
                data.Actors,
                new EventQuery { Window = window }.Run(data),
                new TradeFigureQuery { Window = window }.Run(data),
                data.Claims);
        }

        /// <summary>The report of a user's folder; its bad rows go to <paramref name="sink"/> as the report reads them.</summary>
        public static ReportContent FromFolder(DataFolder folder, DateWindow window, ReadMonitor sink)
        {
            return new ReportContent(
                DescribeFolder(folder.Path),
                window,
                folder.Sources,
                folder.Actors,
                new EventQuery { Window = window }.Stream(folder, sink),
                new TradeFigureQuery { Window = window }.Stream(folder, sink),
                folder.ReadClaims(sink));
        }

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
