namespace Factbook.Generator.Content
{
    /// <summary>What the cross-file index says of entries inside entries as a whole.</summary>
    internal static partial class ContentAssembler
    {
        /// <summary>
        /// A held type whose way down reaches its last key in no holder, where there are holders: 'at' names a key no
        /// holder has, or a list where the data has a map (FB0053). Said once, at 'at', since a typo there would
        /// otherwise leave the type empty without a word.
        /// </summary>
        /// <remarks>
        /// Not said while a holder, at any level above, has no id: nothing below it is read, so a right way may reach
        /// nothing until that error, said already, is fixed.
        /// </remarks>
        private static void ReportWaysDownToNothing(SchemaSpec schema, IReadOnlyList<FileContent> fileKeys, Dictionary<string, Collection> collections, List<DiagnosticInfo> diagnostics)
        {
            var nested = schema.Types.Where(type => type.Binding.IsNested).ToList();
            if (nested.Count == 0)
            {
                return;
            }

            var arrived = new HashSet<string>(fileKeys.SelectMany(file => file.HeldTypesReached), StringComparer.Ordinal);
            var withoutIds = new HashSet<string>(fileKeys.SelectMany(file => file.Entries).Where(draft => draft.Id.Length == 0).Select(draft => draft.Collection), StringComparer.Ordinal);
            var byName = schema.Types.ToDictionary(type => type.Name, StringComparer.Ordinal);
            bool AllHoldersHaveIds(TypeSpec type)
            {
                // The way up is finite: a cycle of 'in' is a schema error, and such types are left out.
                for (var holder = byName[type.Binding.Container]; ; holder = byName[holder.Binding.Container])
                {
                    if (withoutIds.Contains(holder.CollectionName))
                    {
                        return false;
                    }

                    if (!holder.Binding.IsNested || !byName.ContainsKey(holder.Binding.Container))
                    {
                        return true;
                    }
                }
            }

            foreach (var type in nested.Where(type => !arrived.Contains(type.Name) && byName.ContainsKey(type.Binding.Container) && AllHoldersHaveIds(type)))
            {
                var holders = collections[byName[type.Binding.Container].CollectionName].Entries.Count;
                if (holders > 0)
                {
                    var first = type.Binding.At[0].Key;
                    diagnostics.Add(DiagnosticInfo.Create(
                        FactbookDiagnostics.PathLeadsNowhere,
                        type.Binding.SchemaPath,
                        type.Binding.AtSpan,
                        MessageText.Quote(EntryPath.Format(type.Binding.At)),
                        type.Name,
                        holders.ToString("N0", System.Globalization.CultureInfo.InvariantCulture),
                        type.Binding.Container,
                        holders == 1 ? "entry" : "entries",
                        MessageText.Quote(first)));
                }
            }
        }
    }
}
