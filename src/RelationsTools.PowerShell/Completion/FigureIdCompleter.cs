using System.Collections.Generic;
using System.Linq;
using RelationsTools.Data;

namespace RelationsTools.PowerShell
{
    internal sealed class FigureIdCompleter : DataCompleter
    {
        protected override IEnumerable<Candidate> Candidates(DataStore data) => data.ReadTradeFigures(Quiet).Select(f => new Candidate(f.Id, f.Period + " " + f.Topic + " " + f.DisplayValue));
    }
}
