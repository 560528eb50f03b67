using System;
using System.Collections.Generic;
using System.Linq;
using RelationsTools.Data;
using RelationsTools.Model;

namespace RelationsTools.PowerShell
{
    internal sealed class CategoryCompleter : DataCompleter
    {
        protected override IEnumerable<Candidate> Candidates(DataStore data)
            => Enum.GetNames(typeof(EventCategory)).Select(name => new Candidate(name, name));
    }
}
