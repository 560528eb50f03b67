using System.Collections.Generic;
using System.Linq;
using RelationsTools.Data;

namespace RelationsTools.PowerShell
{
    /// <summary>
    /// Completes -From and -To with the dates of the events, each with its event as the tooltip. Without a completer
    /// PowerShell would offer file names, which are never dates.
    /// </summary>
    internal sealed class DateCompleter : DataCompleter
    {
        protected override IEnumerable<Candidate> Candidates(DataStore data)
            => data.ReadEvents(Quiet)
                .Where(e => e.Date.Length > 0)
                .GroupBy(e => e.Date)
                .OrderBy(dates => dates.First().Start ?? System.DateTime.MaxValue)
                .ThenBy(dates => dates.Key, System.StringComparer.Ordinal)
                .Select(dates => new Candidate(dates.Key, string.Join("; ", dates.Select(e => e.Title))));
    }
}
