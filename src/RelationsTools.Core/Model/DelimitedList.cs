using System.Collections.Generic;

namespace RelationsTools.Model
{
    /// <summary>A <see cref="JoinedList{T}"/> of ids or names, as the dataset's '; '-separated cells hold them.</summary>
    public sealed class DelimitedList : JoinedList<string>
    {
        public DelimitedList(IEnumerable<string> items)
            : base(items)
        {
        }

        /// <summary>The items of a dataset cell: split at ';', each trimmed, empty items dropped.</summary>
        public static DelimitedList Parse(string text) => new DelimitedList(Split(text));

        internal static List<string> Split(string text)
        {
            var items = new List<string>();
            foreach (string part in text.Split(';'))
            {
                string item = part.Trim();
                if (item.Length > 0)
                {
                    items.Add(item);
                }
            }

            return items;
        }
    }
}
