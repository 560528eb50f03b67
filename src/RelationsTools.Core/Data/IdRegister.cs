using System.Collections.Generic;
using RelationsTools.Model;

namespace RelationsTools.Data
{
    /// <summary>The ids one table has used so far, to find the second use of one, however it is written (see <see cref="RelationsId"/>).</summary>
    internal sealed class IdRegister
    {
        private readonly HashSet<string> seen = new HashSet<string>(RelationsId.Comparer);

        /// <summary>Records <paramref name="id"/>; returns why it may not be used, or null when it may.</summary>
        public string? Register(string id)
            => seen.Add(id) ? null : $"the Id '{id}' appears more than once in this file (ids ignore case, white space around them, invisible characters and the kind of dash)";
    }
}
