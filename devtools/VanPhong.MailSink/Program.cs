using System.Net;
using VanPhong.MailSink;

// The development mail and SMS sink: SMTP on MAILSINK_SMTP_PORT, the received mail at GET /messages, SMS posted to
// POST /sms (the brand-name gateway's protocol) and listed at GET /sms/messages, both shown as a page at /.
var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
var port = builder.Configuration.GetValue("MAILSINK_SMTP_PORT", 2525);
builder.Services.AddSingleton(new MailSinkServer(port));
builder.Services.AddSingleton<SmsInbox>();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapGet("/messages", (MailSinkServer sink) => sink.Messages.Reverse());
SmsInbox.MapSmsGateway(app);
app.MapGet("/", (MailSinkServer sink, SmsInbox sms) => Results.Content(
    "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Hộp thư thử nghiệm</title></head><body><h1>Thư đã gửi</h1>"
    + string.Concat(sink.Messages.Reverse().Select(m =>
        $"<article><h2>{WebUtility.HtmlEncode(m.Subject)}</h2><p>{m.ReceivedAt:dd/MM/yyyy HH:mm} — đến {WebUtility.HtmlEncode(string.Join(", ", m.To))}</p><pre>{WebUtility.HtmlEncode(m.TextBody)}</pre></article>"))
    + "<h1>Tin nhắn SMS đã gửi</h1>"
    + string.Concat(sms.Messages.Reverse().Select(m =>
        $"<article><p>{m.ReceivedAt:dd/MM/yyyy HH:mm} — [{WebUtility.HtmlEncode(m.BrandName)}] đến {WebUtility.HtmlEncode(m.Phone)}</p><pre>{WebUtility.HtmlEncode(m.Message)}</pre></article>"))
    + "</body></html>", "text/html; charset=utf-8"));
app.Run();
