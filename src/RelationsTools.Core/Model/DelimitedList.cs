using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Linq;

namespace RelationsTools.Model
{
    /// <summary>A <see cref="JoinedList{T}"/> of ids or names, as the dataset's '; '-separated cells hold them.</summary>
    public sealed class DelimitedList : JoinedList<string>
    {
        public DelimitedList(IEnumerable<string> items)
            : base(items)
        {
        }
    }
}
