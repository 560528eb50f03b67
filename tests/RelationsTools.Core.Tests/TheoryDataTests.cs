using System;
using System.Collections;
using System.Globalization;
using System.Linq;
using System.Reflection;
using Xunit;
using Xunit.Sdk;

namespace RelationsTools.Tests
{
    /// <summary>
    /// xunit runs a theory's repeated data row once and skips the copies with a warning, so a repeated row is
    /// a case that looks tested and is not, and noise in every run. Every row of every theory here is distinct.
    /// </summary>
    public class TheoryDataTests
    {
        [Fact]
        public void No_theory_has_the_same_data_row_twice()
        {
            var repeated = typeof(TheoryDataTests).Assembly.GetTypes()
                .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
                .Where(method => method.GetCustomAttribute<TheoryAttribute>() != null)
                .SelectMany(method => method.GetCustomAttributes<DataAttribute>()
                    .SelectMany(data => data.GetData(method))
                    .GroupBy(Key)
                    .Where(rows => rows.Count() > 1)
                    .Select(rows => $"{method.DeclaringType!.Name}.{method.Name}({rows.Key}) x{rows.Count()}"))
                .ToList();

            Assert.True(repeated.Count == 0, "Theory rows given more than once:\n" + string.Join("\n", repeated));
        }

        // What xunit tells the rows apart by: each value's type and text, an array's by its elements.
        private static string Key(object?[] row) => string.Join(", ", row.Select(Text));

        private static string Text(object? value) => value switch
        {
            null => "null",
            string text => "String " + text,
            IEnumerable items => value.GetType().Name + " [" + string.Join(", ", items.Cast<object?>().Select(Text)) + "]",
            _ => value.GetType().Name + " " + Convert.ToString(value, CultureInfo.InvariantCulture),
        };
    }
}
