namespace Factbook.Generator.Schema
{
    /// <summary>How one step of <c>at</c> goes down from a mapping: to the value under its key, to each item of the list there, or to each value of the map there.</summary>
    internal enum EntryPathEach
    {
        One,
        ListItems,
        MapValues,
    }

    /// <summary>One step of <c>at</c>: <c>items</c>, <c>items[]</c> or <c>jobs{}</c>.</summary>
    internal sealed record EntryPathStep(string Key, EntryPathEach Each)
    {
        public override string ToString() => Key + (Each == EntryPathEach.ListItems ? "[]" : Each == EntryPathEach.MapValues ? "{}" : string.Empty);
    }

    /// <summary>
    /// Reads <c>at: subcategories[].items[]</c>: keys joined by '.', each followed by <c>[]</c> for every item of a
    /// list or <c>{}</c> for every value of a map (whose key can then be the id).
    /// </summary>
    internal static class EntryPath
    {
        /// <summary>Deeper paths are refused: real data nests a few levels, and each step is a loop over every entry.</summary>
        public const int MaxSteps = 16;

        /// <summary>The steps, or null with what is wrong.</summary>
        public static EquatableArray<EntryPathStep>? Parse(string text, out string problem)
        {
            problem = string.Empty;
            var parts = text.Split('.');
            if (parts.Length > MaxSteps)
            {
                problem = "has " + parts.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + " steps, more than " + MaxSteps.ToString(System.Globalization.CultureInfo.InvariantCulture);
                return null;
            }

            var steps = new EntryPathStep[parts.Length];
            for (var i = 0; i < parts.Length; i++)
            {
                var part = parts[i];
                var each = part.EndsWith("[]", System.StringComparison.Ordinal) ? EntryPathEach.ListItems
                    : part.EndsWith("{}", System.StringComparison.Ordinal) ? EntryPathEach.MapValues
                    : EntryPathEach.One;
                var key = each == EntryPathEach.One ? part : part.Substring(0, part.Length - 2);
                if (key.Length == 0 || key.IndexOfAny(new[] { '[', ']', '{', '}' }) >= 0 || key.Trim().Length != key.Length)
                {
                    problem = "has the step '" + Diagnostics.MessageText.Quote(part) + "'; each step is a key, followed by '[]' for each item of a list there or '{}' for each value of a map";
                    return null;
                }

                steps[i] = new EntryPathStep(key, each);
            }

            return steps.ToEquatableArray();
        }

        /// <summary>
        /// The held types whose way down passes through an entry of <paramref name="type"/>, each with the step it goes
        /// on from there: those held in it (from their first step), and, for a held type, those held in its holder
        /// whose way goes on through it (<c>Item</c> at <c>subs[].items[]</c> passes through each <c>Sub</c> at
        /// <c>subs[]</c>, from <c>items[]</c>).
        /// </summary>
        public static IEnumerable<(TypeSpec Held, int From)> Through(SchemaSpec schema, TypeSpec type)
        {
            foreach (var held in schema.Types.Where(candidate => candidate.Binding.IsNested))
            {
                var at = held.Binding.At;
                if (held.Binding.Container == type.Name)
                {
                    yield return (held, 0);
                }
                else if (type.Binding.IsNested && held != type && held.Binding.Container == type.Binding.Container &&
                    at.Count > type.Binding.At.Count && Enumerable.Range(0, type.Binding.At.Count).All(step => at[step] == type.Binding.At[step]))
                {
                    yield return (held, type.Binding.At.Count);
                }
            }
        }

        public static string Format(EquatableArray<EntryPathStep> steps) => string.Join(".", System.Linq.Enumerable.Select(steps, step => step.ToString()));
    }
}
