using System.Collections.Generic;
using System.Linq;
using RelationsTools.Data;

namespace RelationsTools.PowerShell
{
    /// <summary>Completes actor ids, also when the user starts typing a name or alias ("To" offers to-lam).</summary>
    internal sealed class ActorCompleter : DataCompleter
    {
        protected override IEnumerable<Candidate> Candidates(DataStore data)
            => data.Actors.Select(a => new Candidate(a.Id, a.Name, new[] { a.Name }.Concat(a.Aliases).ToArray()));
    }
}
