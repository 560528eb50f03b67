using System;
using System.Collections.Generic;
using System.Linq;
using RelationsTools.Data;
using RelationsTools.Model;

namespace RelationsTools.PowerShell
{
    internal sealed class MetricCompleter : DataCompleter
    {
        protected override IEnumerable<Candidate> Candidates(DataStore data)
            => Enum.GetNames(typeof(TradeMetric)).Select(name => new Candidate(name, name));
    }
}
