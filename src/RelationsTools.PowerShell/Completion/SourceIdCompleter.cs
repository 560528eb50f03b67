using System.Collections.Generic;
using System.Linq;
using RelationsTools.Data;

namespace RelationsTools.PowerShell
{
    internal sealed class SourceIdCompleter : DataCompleter
    {
        protected override IEnumerable<Candidate> Candidates(DataStore data) => data.Sources.Select(s => new Candidate(s.Id, s.Title));
    }
}
