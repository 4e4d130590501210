using System;
using System.Collections.Generic;
using System.Linq;
using Factbook.Generator.Content;
using Factbook.Generator.Diagnostics;
using Factbook.Generator.Kinds;
using Factbook.Generator.Model;
using Factbook.Generator.Naming;
using Factbook.Generator.Parsing;

namespace Factbook.Generator.Schema
{
    internal static partial class SchemaReader
    {
        /// <summary><c>verbatim_in</c>: which text field must be quoted word for word from which document.</summary>
        private sealed partial class Reader
        {
            /// <summary>
            /// <c>verbatim_in: appears_in</c> on a text field: its text must occur word for word in the text file of
            /// the entry the sibling reference names. The sibling is checked by <see cref="CheckVerbatimSiblings"/>,
            /// the referenced type's text file once every type is read (<see cref="CheckVerbatimTargets"/>).
            /// </summary>
            private string ReadVerbatimIn(string path, YamlNode? mapping, string label, string ownerName, string fieldName, bool isText)
            {
                var node = mapping?.Get(Keywords.VerbatimIn);
                if (node is null)
                {
                    return string.Empty;
                }

                if (!isText)
                {
                    Report(FactbookDiagnostics.InvalidSchema, path, node.Span, "'verbatim_in' of " + label + " only applies to fields of type string or string[]");
                    return string.Empty;
                }

                if (node.Kind != YamlNodeKind.Scalar || node.IsNull || node.Text.Length == 0)
                {
                    Report(FactbookDiagnostics.InvalidSchema, path, node.Span, "'verbatim_in' of " + label + " must name a reference field beside it, whose entry names the text file");
                    return string.Empty;
                }

                _verbatimSpans[(ownerName, fieldName)] = (path, node.Span);
                return node.Text;
            }

            /// <summary>The sibling a <c>verbatim_in</c> names is a single reference of the same object.</summary>
            private void CheckVerbatimSiblings(string ownerName, List<FieldSpec> fields)
            {
                foreach (var field in fields.Where(field => field.VerbatimIn.Length > 0).ToList())
                {
                    var (path, span) = _verbatimSpans[(ownerName, field.Name)];
                    var sibling = fields.FirstOrDefault(candidate => candidate.Name == field.VerbatimIn);
                    if (sibling is { Kind: FieldKind.Reference, IsList: false })
                    {
                        continue;
                    }

                    var references = fields.Where(candidate => candidate.Kind == FieldKind.Reference && !candidate.IsList).Select(candidate => candidate.Name).ToList();
                    Report(FactbookDiagnostics.InvalidSchema, path, span, "'verbatim_in' of field '" + field.Name + "' of " + ownerName + " must name a single reference field beside it, " +
                        (sibling is null ? "and " + ownerName + " has no field '" + MessageText.Quote(field.VerbatimIn) + "'" : "and '" + field.VerbatimIn + "' is " + (sibling.Kind == FieldKind.Reference ? "a list" : "not a reference")) +
                        Identifiers.Suggestion(field.VerbatimIn, references));
                    fields.Remove(field);
                }
            }

            /// <summary>
            /// The type a <c>verbatim_in</c> reference points to must name its text in exactly one field of type
            /// <c>file</c>; a type that breaks the rule is left out, as for any schema error.
            /// </summary>
            private void CheckVerbatimTargets(List<TypeSpec> types)
            {
                var byName = types.ToDictionary(type => type.Name, StringComparer.Ordinal);
                foreach (var type in types.ToList())
                {
                    foreach (var (owner, field, sibling) in VerbatimFields(type.Name, type.Fields))
                    {
                        if (!byName.TryGetValue(sibling.TypeName, out var target))
                        {
                            continue; // a missing type is reported where it is named
                        }

                        var files = target.Fields.Where(candidate => candidate.Scalar is FileKind && !candidate.IsList).Select(candidate => candidate.Name).ToList();
                        if (files.Count == 1)
                        {
                            continue;
                        }

                        var (path, span) = _verbatimSpans[(owner, field.Name)];
                        Report(FactbookDiagnostics.InvalidSchema, path, span, "'verbatim_in' of field '" + field.Name + "' of " + owner + " names '" + field.VerbatimIn + "', a " + target.Name + ", and " + target.Name +
                            (files.Count == 0 ? " has no field of type file to name its text: add one, as in 'text: { type: file }'" : " has " + files.Count + " fields of type file (" + string.Join(", ", files) + "), so which text to check is not known"));
                        types.Remove(type);
                        _broken.Add(type.CollectionName);
                        break;
                    }
                }
            }

            private static IEnumerable<(string Owner, FieldSpec Field, FieldSpec Sibling)> VerbatimFields(string owner, EquatableArray<FieldSpec> fields)
            {
                foreach (var field in fields)
                {
                    if (field.VerbatimIn.Length > 0 && fields.FirstOrDefault(candidate => candidate.Name == field.VerbatimIn) is { } sibling)
                    {
                        yield return (owner, field, sibling);
                    }

                    if (field.Kind == FieldKind.Object)
                    {
                        foreach (var nested in VerbatimFields(field.TypeName, field.Fields))
                        {
                            yield return nested;
                        }
                    }
                }
            }
        }
    }
}
