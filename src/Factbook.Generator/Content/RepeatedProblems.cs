namespace Factbook.Generator.Content
{
    /// <summary>
    /// The same mistake made once for many entries is said once per file, with the fix: a group key that is no
    /// allowed value (one problem at one place, which every entry of the group repeats), and entries of a bound file
    /// that have no ids (a schema that should say where ids come from).
    /// </summary>
    internal static class RepeatedProblems
    {
        public static List<DiagnosticInfo> Fold(List<DiagnosticInfo> diagnostics, IReadOnlyList<EntryDraft> entries, IEnumerable<TypeSpec> boundTypes)
        {
            return FoldMissingIds(FoldIdentical(diagnostics), entries, boundTypes);
        }

        /// <summary>Problems alike but for the entry they leave out become one that counts the entries.</summary>
        private static List<DiagnosticInfo> FoldIdentical(List<DiagnosticInfo> diagnostics)
        {
            var counts = new Dictionary<DiagnosticInfo, int>();
            var result = new List<DiagnosticInfo>();
            var firstOf = new Dictionary<DiagnosticInfo, int>();
            foreach (var diagnostic in diagnostics)
            {
                var key = diagnostic with { Consequence = string.Empty };
                if (firstOf.TryGetValue(key, out var index))
                {
                    counts[key]++;
                    continue;
                }

                firstOf[key] = result.Count;
                counts[key] = 1;
                result.Add(diagnostic);
            }

            foreach (var pair in firstOf.Where(pair => counts[pair.Key] > 1 && result[pair.Value].Consequence.Length > 0))
            {
                result[pair.Value] = result[pair.Value] with { Consequence = LeftOut(counts[pair.Key], "it applies to") };
            }

            return result;
        }

        /// <summary>
        /// Entries without ids in a file bound to a type: one FB0021 at the first, counting the rest, with the two
        /// ways a schema gives such entries ids.
        /// </summary>
        private static List<DiagnosticInfo> FoldMissingIds(List<DiagnosticInfo> diagnostics, IReadOnlyList<EntryDraft> entries, IEnumerable<TypeSpec> boundTypes)
        {
            foreach (var type in boundTypes)
            {
                var missing = diagnostics.Where(diagnostic => diagnostic.Id == FactbookDiagnostics.MissingId.Id && diagnostic.Arguments.Count > 0 && diagnostic.Arguments[0] == type.Name).ToList();
                if (missing.Count < 2)
                {
                    continue;
                }

                var field = UniqueRequiredField(type, entries.Where(entry => entry.Collection == type.CollectionName).ToList());
                var fix = "; give each an id, or say in the schema where ids come from: id: { from: position }" +
                    (field is null ? string.Empty : " or id: { from: field, field: " + field + " }");
                var first = missing[0] with { Consequence = "; nor do " + (missing.Count - 1).ToString("N0", CultureInfo.InvariantCulture) + " other entries of this file" + fix + LeftOut(missing.Count, "without ids") };
                var dropped = new HashSet<DiagnosticInfo>(missing.Skip(1));
                diagnostics = diagnostics.Where(diagnostic => !dropped.Contains(diagnostic)).Select(diagnostic => diagnostic == missing[0] ? first : diagnostic).ToList();
            }

            return diagnostics;
        }

        /// <summary>A required text or enum field whose values are there and differ in every entry: one that could be the id.</summary>
        private static string? UniqueRequiredField(TypeSpec type, List<EntryDraft> entries)
        {
            for (var f = 0; f < type.Fields.Count; f++)
            {
                var field = type.Fields[f];
                if (!field.IsRequired || field.IsList || field.Kind is not (FieldKind.Scalar or FieldKind.Enum) || (field.Kind == FieldKind.Scalar && field.Scalar is not Kinds.StringKind))
                {
                    continue;
                }

                var values = entries.Select(entry => f < entry.Values.Count && entry.Values[f].Kind == ValueKind.Scalar ? entry.Values[f].Text : string.Empty).ToList();
                if (values.Count > 0 && values.All(value => value.Length > 0) && values.Distinct(StringComparer.Ordinal).Count() == values.Count)
                {
                    return field.Name;
                }
            }

            return null;
        }

        private static string LeftOut(int count, string which) =>
            "; until it is fixed, the " + count.ToString("N0", CultureInfo.InvariantCulture) + " entries " + which + " are left out of All, Count and Get, with the entries that refer to them";
    }
}
