using System.Collections.Generic;
using System.Linq;
using RelationsTools.Data;

namespace RelationsTools.PowerShell
{
    internal sealed class EventIdCompleter : DataCompleter
    {
        protected override IEnumerable<Candidate> Candidates(DataStore data) => data.ReadEvents(Quiet).Select(e => new Candidate(e.Id, e.Date + " " + e.Title));
    }
}
