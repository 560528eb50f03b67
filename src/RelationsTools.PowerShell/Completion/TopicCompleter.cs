using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using RelationsTools.Data;

namespace RelationsTools.PowerShell
{
    /// <summary>Completes claim topics; the tooltip says how many documents state each.</summary>
    internal sealed class TopicCompleter : DataCompleter
    {
        protected override IEnumerable<Candidate> Candidates(DataStore data)
            => data.ReadClaims(Quiet)
                .GroupBy(c => c.Topic, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(topic =>
                {
                    int documents = topic.Select(c => c.SourceId).Distinct(StringComparer.Ordinal).Count();
                    return new Candidate(topic.Key, string.Format(CultureInfo.InvariantCulture, "{0} (stated by {1} document{2})", topic.Key, documents, documents == 1 ? string.Empty : "s"));
                });
    }
}
