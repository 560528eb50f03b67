using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace RelationsTools.Model
{
    /// <summary>
    /// A read-only list of ids or names that writes itself as <c>a; b</c>, the dataset's list syntax.
    /// </summary>
    /// <remarks>
    /// Export-Csv writes a property with its ToString(): a string[] becomes the cell "System.String[]".
    /// This list stays a list for the pipeline (indexing, -contains, ConvertTo-Json arrays) and still
    /// exports as readable text.
    /// </remarks>
    public sealed class DelimitedList : ReadOnlyCollection<string>
    {
        public const string Separator = "; ";

        public DelimitedList(IList<string> items)
            : base(items)
        {
        }

        public override string ToString() => string.Join(Separator, this);
    }
}
