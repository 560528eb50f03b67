using System;
using System.Collections.Generic;
using System.Linq;
using RelationsTools.Data;

namespace RelationsTools.PowerShell
{
    /// <summary>Completes the names of a closed set, which are the same in every data folder.</summary>
    internal abstract class EnumCompleter<TEnum> : DataCompleter
        where TEnum : struct, Enum
    {
        protected override IEnumerable<Candidate> Candidates(DataStore data)
            => Enum.GetNames(typeof(TEnum)).Select(name => new Candidate(name, name));
    }
}
