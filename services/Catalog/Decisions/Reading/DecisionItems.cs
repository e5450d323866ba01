using VanPhong.Catalog.Model;
using static VanPhong.Catalog.Decisions.Reading.DecisionText;

namespace VanPhong.Catalog.Decisions.Reading;

/// <summary>The drafts turned into the decision's items: Phần II's blocks merged into Phần I's rows, the count Điều 1 gives checked, every draft's flags raised and what no part gave flagged as missing.</summary>
internal sealed class DecisionItems(HeaderReader header, DecisionFlags flags)
{
    /// <summary>Matches Phần II blocks to the Phần I rows, checks what both say, and flags what neither gave.</summary>
    public List<DecisionItem> Finish(IReadOnlyList<Draft> listed, IReadOnlyList<Draft> blocks)
    {
        var drafts = listed.ToList();
        var unmatched = listed.Where(d => d.Change != ChangeKind.Abolished).ToList();
        foreach (var block in blocks)
        {
            var row = unmatched.FirstOrDefault(r => block.Code is not null && r.Code == block.Code)
                ?? unmatched.FirstOrDefault(r => SameName(r.Name, block.Name))
                ?? unmatched.FirstOrDefault(r => r.Change == block.Change);
            if (row is null)
            {
                if (block.Code is null)
                {
                    block.Flag("code", block.Origin, $"Thủ tục \"{Shorten(block.Name ?? "")}\" ở Phần II không có trong danh mục Phần I và không ghi mã: nhập mã thủ tục.");
                }

                drafts.Add(block);
                continue;
            }

            unmatched.Remove(row);
            Merge(row, block);
        }

        if (header.Article1Line is not null && header.Article1Count() is { } count && count != drafts.Count)
        {
            flags.Add("items", header.Article1Line, $"Điều 1 nêu {count:00} thủ tục nhưng đọc được {drafts.Count:00} thủ tục trong danh mục: kiểm tra danh mục.");
        }

        var items = new List<DecisionItem>();
        foreach (var (draft, index) in drafts.Select((d, i) => (d, i)))
        {
            items.Add(ItemOf(draft, index));
        }

        return items;
    }

    private static void Merge(Draft row, Draft block)
    {
        if (block.Name is not null && row.Name is not null && !SameName(row.Name, block.Name))
        {
            row.Flag("content.name", block.Origin, $"Tên thủ tục ở Phần II (\"{Shorten(block.Name)}\") khác tên trong danh mục Phần I (\"{Shorten(row.Name)}\"): kiểm tra tên.");
        }

        if (block.Code is not null && row.Code is not null && block.Code != row.Code)
        {
            row.Flag("code", block.Origin, $"Mã thủ tục ở Phần II ({block.Code}) khác mã trong danh mục Phần I ({row.Code}): kiểm tra mã.");
        }

        row.Name ??= block.Name;
        row.Code ??= block.Code;
        row.Sector ??= block.Sector;
        row.Level ??= block.Level;
        row.Agency = block.Agency ?? row.Agency;
        row.Applicants = block.Applicants ?? row.Applicants;
        row.Conditions = block.ConditionsRead ? block.Conditions : row.Conditions;
        row.ConditionsRead |= block.ConditionsRead;
        row.Steps = block.Steps ?? row.Steps;
        row.Methods = block.Methods ?? row.Methods;
        row.Dossier = block.Dossier ?? row.Dossier;
        if (block.Days is not null)
        {
            (row.Days, row.WorkingDays) = (block.Days, block.WorkingDays);
        }

        row.Fees = block.Fees ?? row.Fees;
        row.Result = block.Result ?? row.Result;
        row.Legal = block.Legal ?? row.Legal;
        row.OnlineLevel = block.OnlineLevel ?? row.OnlineLevel;
        row.OnlinePayment |= block.OnlinePayment;
        row.OneStop |= block.OneStop;
        row.Place ??= block.Place;
        row.HasContentBlock = true;
        row.Flags.AddRange(block.Flags);
    }

    private DecisionItem ItemOf(Draft draft, int index)
    {
        var at = $"items[{index}]";
        var procedure = draft.Code ?? $"#{index + 1}";
        foreach (var (field, line, message) in draft.Flags)
        {
            flags.Add($"{at}.{field}", line, message, procedure);
        }

        if (draft.ChangeWhy is not null)
        {
            flags.Add($"{at}.change", draft.ChangeLine, draft.ChangeWhy, procedure);
        }

        if (draft.Code is null && draft.Flags.All(f => f.Field != "code"))
        {
            flags.Add($"{at}.code", draft.Origin, "Không đọc được mã thủ tục: nhập mã.", procedure);
        }

        if (draft.Change == ChangeKind.Abolished)
        {
            return new DecisionItem(ChangeKind.Abolished, draft.Code ?? "", null);
        }

        var flagged = draft.Flags.Select(f => f.Field).ToHashSet();
        void Missing(string field, bool missing, string label)
        {
            if (missing && !flagged.Contains($"content.{field}"))
            {
                var where = draft.HasContentBlock ? "nội dung cụ thể của thủ tục" : "danh mục (quyết định không kèm nội dung cụ thể từng thủ tục)";
                flags.Add($"{at}.content.{field}", draft.Origin, $"Không có \"{label}\" trong {where}: nhập theo Cơ sở dữ liệu quốc gia hoặc chấp nhận để trống.", procedure);
            }
        }

        var sector = draft.Sector ?? header.TitleSector;
        Missing("name", draft.Name is null, "Tên thủ tục");
        Missing("sector", sector is null, "Lĩnh vực");
        Missing("steps", draft.Steps is null, "Trình tự thực hiện");
        Missing("methods", draft.Methods is null, "Cách thức thực hiện");
        Missing("dossier", draft.Dossier is null, "Thành phần, số lượng hồ sơ");
        Missing("processingDays", draft.Days is null, "Thời hạn giải quyết");
        Missing("applicants", draft.Applicants is null, "Đối tượng thực hiện");
        Missing("implementingAgency", draft.Agency is null, "Cơ quan thực hiện");
        Missing("result", draft.Result is null, "Kết quả thực hiện");
        Missing("fees", draft.Fees is null, "Phí, lệ phí");
        Missing("legalBases", draft.Legal is null, "Căn cứ pháp lý");
        Missing("onlineLevel", draft.OnlineLevel is null, draft.Methods?.Online == true
            ? "Mức độ dịch vụ công trực tuyến (quyết định nêu nộp trực tuyến nhưng không nêu toàn trình hay một phần)"
            : "Mức độ dịch vụ công trực tuyến");
        Missing("place", draft.Place is null, "Địa điểm thực hiện");

        var methods = draft.Methods ?? new DeliveryMethods(false, false, false);
        var content = new ProcedureContent(
            draft.Name ?? "", null, sector ?? "", draft.Level ?? "", draft.Agency ?? "", draft.Applicants ?? "", draft.Conditions,
            draft.Steps ?? [], methods, draft.Dossier ?? [], draft.Days ?? 0, draft.WorkingDays, draft.Fees ?? [], null, draft.Result ?? "",
            draft.Legal ?? [], draft.OnlineLevel ?? "", methods.Postal, draft.OnlinePayment, draft.OneStop, draft.Place ?? "");
        return new DecisionItem(draft.Change ?? ChangeKind.New, draft.Code ?? "", content);
    }
}
