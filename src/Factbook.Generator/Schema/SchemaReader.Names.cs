namespace Factbook.Generator.Schema
{
    internal static partial class SchemaReader
    {
        /// <summary>Keys a mapping may have, and the generated names a type claims, so a misspelt key or a C# collision is reported at its YAML.</summary>
        private sealed partial class Reader
        {
            private void CheckKeys(string path, YamlNode mapping, string[] allowed, string where)
            {
                for (var i = 0; i < mapping.Entries.Count; i++)
                {
                    var entry = mapping.Entries[i];
                    if (allowed.Contains(entry.Key.Text))
                    {
                        continue;
                    }

                    Report(
                        FactbookDiagnostics.UnknownSchemaKey,
                        path,
                        entry.Key.Span,
                        MessageText.Quote(entry.Key.Text),
                        where,
                        CutValueHint(mapping, i) ?? ForeignSchemaTerms.KeyHint(entry.Key.Text, allowed) ?? Identifiers.Suggestion(entry.Key.Text, allowed),
                        string.Join(", ", allowed));
                }
            }

            /// <summary>
            /// "{ description: Name, without the '@' }": inside { } a ", " ends a plain value, so the rest of the
            /// description became a key without a value. Say to quote the value, whole.
            /// </summary>
            private static string? CutValueHint(YamlNode mapping, int index)
            {
                var entry = mapping.Entries[index];
                if (index == 0 || !(entry.Value.Kind == YamlNodeKind.Scalar && entry.Value.IsNull) || entry.Key.Kind != YamlNodeKind.Scalar)
                {
                    return null;
                }

                var before = mapping.Entries[index - 1];
                if (before.Value.Kind != YamlNodeKind.Scalar || before.Value.IsNull || before.Value.Span.EndLine != entry.Key.Span.StartLine)
                {
                    return null;
                }

                // Every piece the commas cut off on that line, so the value to quote is whole.
                var whole = new System.Text.StringBuilder(before.Value.Text);
                for (var next = index; next < mapping.Entries.Count; next++)
                {
                    var piece = mapping.Entries[next];
                    if (piece.Key.Kind != YamlNodeKind.Scalar || !(piece.Value.Kind == YamlNodeKind.Scalar && piece.Value.IsNull) || piece.Key.Span.StartLine != entry.Key.Span.StartLine)
                    {
                        break;
                    }

                    whole.Append(", ").Append(piece.Key.Text);
                }

                return " (a ', ' ends a value inside { }, so the rest of the value of '" + MessageText.Quote(before.Key.Text) + "' became a key; quote the value: " +
                    before.Key.Text + ": \"" + whole.ToString().Replace("\\", "\\\\").Replace("\"", "\\\"") + "\")";
            }

            /// <summary>A record may not be named like a member it declares (CS0542): a type 'Key', or 'To' with the object field 'string'.</summary>
            private bool IsOwnMemberName(string typeName, string owner, string path, SourceSpan span)
            {
                if (!GeneratedNames.RecordMembers.Contains(typeName))
                {
                    return false;
                }

                Report(FactbookDiagnostics.NameCollision, path, span, typeName, owner, "a member that every generated record has; choose another name");
                return true;
            }

            private void ReportCollectionNamedLikeItsMember(TypeHeader header, SourceSpan span) =>
                Report(FactbookDiagnostics.NameCollision, header.Path, span, header.CollectionClass, "the class of the collection '" + header.CollectionName + "'", "a member of that class; choose another collection name");

            private bool Claim(string name, string owner, string path, SourceSpan span)
            {
                // Nested objects compose names (ClaimQuantityUnit…), so each part's limit does not bound the whole.
                if (name.Length > Identifiers.MaxGeneratedNameLength)
                {
                    Report(FactbookDiagnostics.NameTooLong, path, span, "name of " + owner, MessageText.Quote(name), "makes a C# name of " + name.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + " characters");
                    return false;
                }

                if (_claimedNames.TryGetValue(name, out var existing))
                {
                    Report(FactbookDiagnostics.NameCollision, path, span, name, existing, owner);
                    return false;
                }

                _claimedNames.Add(name, owner);
                return true;
            }
        }
    }
}
