// interview_session.cpp — the question people have, as an interview (interview_session.hpp).
#include "wams/interview_session.hpp"

#include "wams/json_pointer.hpp"
#include "wams/vocabulary.hpp"
#include "wams/wipe.hpp"

#include <algorithm>
#include <utility>

namespace wams::interview {
using nlohmann::json;

std::vector<std::string> missing(const Question0& q) {
    std::vector<std::string> out;
    if (!q.direction) out.emplace_back("direction");
    if (q.what.empty()) out.emplace_back("what");
    if (q.party.empty()) out.emplace_back("party");
    return out;
}

json case_of(const Question0& q) {
    json item = {{"item_id", "D1"}, {"what", q.what}};
    const bool request = q.direction.value_or(Direction::request) == Direction::request;
    const std::string& source = request ? q.party : q.role;
    const std::string& recipient = request ? q.role : q.party;
    if (!source.empty()) item["source"] = {{"party", source}};
    if (!recipient.empty()) item["recipient"] = recipient;
    if (q.purpose) item["purpose"] = *q.purpose;
    return {{"id", "vraag"}, {"facts", {{"data_items", json::array({item})}}}};
}

const vocab::Field* field_of(const std::string& pointer) {
    const std::string prefix = "/facts";
    if (pointer.rfind(prefix + "/", 0) != 0) return nullptr;
    std::string pattern;
    std::size_t i = prefix.size();
    while (i < pointer.size()) {
        const std::size_t next = pointer.find('/', i + 1);
        const std::string token = pointer.substr(i + 1, next == std::string::npos ? std::string::npos : next - i - 1);
        const bool index = !token.empty() && std::all_of(token.begin(), token.end(), [](char c) { return c >= '0' && c <= '9'; });
        pattern += "/" + (index ? std::string("*") : token);
        if (next == std::string::npos) break;
        i = next;
    }
    return vocab::find(pattern);
}

AskSession::AskSession(json case_json, std::vector<std::string> goals)
    : case_(std::move(case_json)), goals_(std::move(goals)) {}

bool AskSession::answer(const std::string& pointer, json value) {
    if (!started() || !field_of(pointer)) return false;
    if (std::any_of(answers_.begin(), answers_.end(), [&](const Answer& a) { return a.pointer == pointer; })) return false;
    json after = case_;
    if (!store_at(after, pointer, value)) return false;
    before_.push_back(std::exchange(case_, std::move(after)));
    answers_.push_back({pointer, std::move(value)});
    dirty_ = true;
    return true;
}

bool AskSession::undo() {
    if (answers_.empty()) return false;
    case_ = std::move(before_.back());
    before_.pop_back();
    answers_.pop_back();
    dirty_ = true;
    return true;
}

void AskSession::update(const Options& options) {
    Options o = options;
    if (o.goals.empty()) o.goals = goals_;
    result_ = run(case_, o);
    dirty_ = false;
}

void AskSession::wipe() {
    wipe_json(case_);
    for (json& j : before_) wipe_json(j);
    for (Answer& a : answers_) {
        wipe_text(a.pointer);
        wipe_json(a.value);
    }
    wipe_json(result_.assessment);
    *this = AskSession{};
}

} // namespace wams::interview
