namespace Factbook.Generator.Content
{
    /// <summary>Registering each entry in the cross-file index: duplicate ids and unique values, and the C# names ids become.</summary>
    internal static partial class ContentAssembler
    {
        /// <summary>One entry registered in its collection: its id once, its unique values once, its C# name free.</summary>
        private static void Register(Entry entry, List<DiagnosticInfo> diagnostics)
        {
            var collection = entry.Collection;
            var id = entry.Draft.Id;
            if (id.Length == 0)
            {
                return;
            }

            if (collection.ById.TryGetValue(id, out var first))
            {
                diagnostics.Add(entry.Problem(FactbookDiagnostics.DuplicateId, DiagnosticAnchor.Id, entry.Draft.IdSpan, id, collection.Type.CollectionName, first.Where) with { Consequence = entry.LeftOut });
                diagnostics.Add(first.Problem(FactbookDiagnostics.DuplicateId, DiagnosticAnchor.Id, first.Draft.IdSpan, id, collection.Type.CollectionName, entry.Where));
                entry.IsExcluded = true;
                return;
            }

            collection.ById.Add(id, entry);
            collection.Entries.Add(entry);
            if (FirstWithAUniqueValue(entry, diagnostics))
            {
                // Registered by its id all the same, so what refers to it is left out with it, not called unknown.
                entry.IsExcluded = true;
            }

            if (!collection.Type.Binding.EntryMembers)
            {
                // No members, so no names to collide: ids such as 'CVE-1' and 'cve-1' may both stand.
                return;
            }

            if (collection.ReservedMembers.Contains(entry.MemberName))
            {
                diagnostics.Add(entry.Problem(FactbookDiagnostics.IdNameCollision, DiagnosticAnchor.Id, entry.Draft.IdSpan, id, entry.MemberName, "is a generated member of " + collection.Type.CollectionClass + entry.LeftOut + "; choose another id, or name its member in the schema, under the type's members: " + MembersLine(collection, entry)));
                entry.IsExcluded = true;
            }
            else if (collection.ByMember.TryGetValue(entry.MemberName, out var other))
            {
                diagnostics.Add(entry.Problem(FactbookDiagnostics.IdNameCollision, DiagnosticAnchor.Id, entry.Draft.IdSpan, id, entry.MemberName, "is also the C# name of the id '" + MessageText.Quote(other.Draft.Id) + "' at " + other.Where + entry.LeftOut +
                    "; name one of them in the schema, under the type's members: " + MembersLine(collection, entry)));
                entry.IsExcluded = true;
            }
            else if (System.Text.Encoding.UTF8.GetByteCount(entry.MemberName) > Identifiers.MaxNameLength * 2)
            {
                // Ids are at most 200 characters, but letters outside ASCII and symbol words (%% → PercentPercent) grow.
                diagnostics.Add(entry.Problem(FactbookDiagnostics.IdNameCollision, DiagnosticAnchor.Id, entry.Draft.IdSpan, id, Shorten(entry.MemberName), "is too long for a C# name; name its member in the schema, under the type's members") with { Consequence = entry.LeftOut });
                entry.IsExcluded = true;
            }
            else
            {
                collection.ByMember.Add(entry.MemberName, entry);
            }
        }

        /// <summary>
        /// FB0052: a value of a <c>unique</c> field that an earlier entry of the collection has already, reported at the
        /// value, which leaves the entry out; else the entry's values are registered. True when one was taken.
        /// </summary>
        private static bool FirstWithAUniqueValue(Entry entry, List<DiagnosticInfo> diagnostics)
        {
            // A retired entry is out of the lookups, so its values are free for the entry that replaces it.
            var values = entry.Draft.Retirement is null ? entry.Draft.UniqueValues : EquatableArray<UniqueValue>.Empty;
            for (var i = 0; i < values.Count; i++)
            {
                if (entry.Collection.ByUniqueValue.TryGetValue((values[i].FieldName, values[i].Value), out var first))
                {
                    diagnostics.Add(entry.Problem(FactbookDiagnostics.DuplicateUniqueValue, DiagnosticAnchor.UniqueValue(i), values[i].Span, values[i].FieldName, MessageText.Quote(values[i].Value), first.Collection.Type.Name + " '" + MessageText.Quote(first.Draft.Id) + "'", first.Where, entry.Collection.Type.CollectionName) with { Consequence = entry.LeftOut });
                    return true;
                }
            }

            foreach (var value in values)
            {
                entry.Collection.ByUniqueValue.Add((value.FieldName, value.Value), entry);
            }

            return false;
        }

        /// <summary>
        /// <c>{ "c#": CSharp2 }</c>: a line of YAML to copy, with the id double-quoted (a control character comes
        /// out as <c>\uXXXX</c> when the message is escaped, which YAML reads back too) and a name no entry has.
        /// </summary>
        private static string MembersLine(Collection collection, Entry entry)
        {
            var suffix = 2;
            while (collection.ByMember.ContainsKey(entry.MemberName + suffix.ToString(System.Globalization.CultureInfo.InvariantCulture)) ||
                collection.ReservedMembers.Contains(entry.MemberName + suffix.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            {
                suffix++;
            }

            var quoted = "\"" + entry.Draft.Id.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
            return "{ " + quoted + ": " + entry.MemberName + suffix.ToString(System.Globalization.CultureInfo.InvariantCulture) + " }";
        }

        private static string Shorten(string name) => name.Length <= 60 ? name : name.Substring(0, 60) + "…";
    }
}
