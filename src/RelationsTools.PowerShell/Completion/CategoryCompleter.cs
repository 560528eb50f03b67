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
    public sealed class CategoryCompleter : DataCompleter
    {
        protected override IEnumerable<Candidate> Candidates(DataStore data)
            => Enum.GetNames(typeof(EventCategory)).Select(name => new Candidate(name, name));
    }
}
