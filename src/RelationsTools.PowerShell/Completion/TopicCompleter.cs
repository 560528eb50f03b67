using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using RelationsTools.Data;
using RelationsTools.Model;

namespace RelationsTools.PowerShell
{
    /// <summary>Completes claim topics; the tooltip says how many documents state each.</summary>
    internal sealed class TopicCompleter : DataCompleter
    {
        protected override IEnumerable<Candidate> Candidates(DataStore data)
            => data.ReadClaims(Quiet)
                .GroupBy(c => c.Topic, Claim.TopicComparer)
                .OrderBy(g => g.Key, Claim.TopicComparer)
                .Select(topic =>
                {
                    int documents = topic.Select(c => c.SourceId).Distinct(RelationsId.Comparer).Count();
                    return new Candidate(topic.Key, string.Format(CultureInfo.InvariantCulture, "{0} (stated by {1} document{2})", topic.Key, documents, documents == 1 ? string.Empty : "s"));
                });
    }
}
