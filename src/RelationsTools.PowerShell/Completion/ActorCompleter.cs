using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using System.Management.Automation.Runspaces;
using RelationsTools.Data;
using RelationsTools.Model;
using RelationsTools.Query;

namespace RelationsTools.PowerShell
{
    /// <summary>Completes actor ids, also when the user starts typing a name or alias ("To" offers to-lam).</summary>
    public sealed class ActorCompleter : DataCompleter
    {
        protected override IEnumerable<Candidate> Candidates(DataStore data)
            => data.Actors.Select(a => new Candidate(a.Id, a.Name, new[] { a.Name }.Concat(a.Aliases).ToArray()));
    }
}
