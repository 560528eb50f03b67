using System;
using System.Collections.Generic;
using System.Linq;
using RelationsTools.Model;

namespace RelationsTools.Query
{
    /// <summary>
    /// A plain (wildcard-free) name a query was given that names nothing in the data: an empty answer to a
    /// mistyped value would be a wrong answer, so the cmdlets write this as a NotFound error. It carries the
    /// nearest real name when one is close, and for a closed set every valid name.
    /// </summary>
    public sealed class NameNotFound
    {
        internal NameNotFound(string errorId, string parameter, string what, string name, string? didYouMean, IReadOnlyList<string>? validNames)
        {
            ErrorId = errorId;
            Parameter = parameter;
            What = what;
            Name = name;
            DidYouMean = didYouMean;
            ValidNames = validNames;
        }

        /// <summary>A stable id such as <c>CategoryNotFound</c>.</summary>
        public string ErrorId { get; }

        /// <summary>The parameter the name was given to, such as <c>Category</c>.</summary>
        public string Parameter { get; }

        /// <summary>What was looked for, with its article: <c>an event category</c>.</summary>
        public string What { get; }

        public string Name { get; }

        public string? DidYouMean { get; }

        /// <summary>Every valid name, for a closed set; null otherwise.</summary>
        public IReadOnlyList<string>? ValidNames { get; }

        public string Message
        {
            get
            {
                string message = $"Cannot find {What} '{Name}'.";
                if (DidYouMean != null)
                {
                    message += $" Did you mean '{DidYouMean}'?";
                }

                return message + (ValidNames != null
                    ? " Valid values: " + string.Join(", ", ValidNames) + "."
                    : " Use a wildcard pattern (such as '" + Name + "*') or omit -" + Parameter + " to list what exists.");
            }
        }

        public override string ToString() => Message;

        /// <summary>One error for each plain pattern that <paramref name="namesSomething"/> says names nothing.</summary>
        internal static IEnumerable<NameNotFound> For(TextPattern[]? patterns, Func<TextPattern, bool> namesSomething, Func<IEnumerable<string>> names, string errorId, string parameter, string what)
        {
            foreach (var pattern in patterns ?? Array.Empty<TextPattern>())
            {
                if (!pattern.HasWildcards && !namesSomething(pattern))
                {
                    yield return new NameNotFound(errorId, parameter, what, pattern.Pattern, NameSuggestion.Closest(pattern.Pattern, names()), null);
                }
            }
        }

        /// <summary>
        /// The error for <paramref name="name"/>, typed for a parameter of the closed set <paramref name="closedSet"/> (an
        /// enum), when it names no member, ignoring case: the nearest member ('Actual' for 'Actuals') and every valid one.
        /// Null when it names a member, or is a number, which PowerShell reads as the member of that value.
        /// </summary>
        public static NameNotFound? ForClosedSetName(Type closedSet, string name, string errorId, string parameter, string what)
        {
            var valid = Enum.GetNames(closedSet);
            string typed = name.Trim();
            if (valid.Any(member => string.Equals(member, typed, StringComparison.OrdinalIgnoreCase)) || long.TryParse(typed, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out _))
            {
                return null;
            }

            return new NameNotFound(errorId, parameter, what, name, NameSuggestion.Closest(name, valid), valid);
        }

        /// <summary>One error for each plain pattern that names no member of the closed set <typeparamref name="TEnum"/>.</summary>
        internal static IEnumerable<NameNotFound> ForClosedSet<TEnum>(TextPattern[]? patterns, string errorId, string parameter, string what)
            where TEnum : struct, Enum
        {
            var valid = Enum.GetNames(typeof(TEnum));
            foreach (var pattern in patterns ?? Array.Empty<TextPattern>())
            {
                if (!pattern.HasWildcards && !valid.Any(pattern.IsMatch))
                {
                    yield return new NameNotFound(errorId, parameter, what, pattern.Pattern, NameSuggestion.Closest(pattern.Pattern, valid), valid);
                }
            }
        }
    }
}
