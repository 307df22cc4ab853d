// assessment.cpp — Assessment → JSON in exactly the shape of EXPECTED (RULEBOOK §0.3), plus "stage". One
// description (write_assessment) decides every field name and their order; it writes either an nlohmann DOM
// (to_json: UI, exports, tests) or compact text directly (append_assessment_json: wams-cli assess batch).
//
// Index
//   [SECTION] Sinks             DomSink (nlohmann::json) and TextSink (bytes equal to the DOM's dump())
//   [SECTION] write_assessment  the one assessment writer, keys in byte order (nlohmann's std::map order)
//   [SECTION] to_json
#include "wams/assessment.hpp"
#include "wams/json_write.hpp"

namespace wams {
namespace {

using nlohmann::json;

// [SECTION] Sinks -------------------------------------------------------------------------------------------------
// A sink takes a JSON value as events: begin_object/begin_array … end, key before each member, str/boolean/null.

class DomSink {
public:
    void begin_object() { open(json::object()); }
    void begin_array() { open(json::array()); }
    void end() { stack_.pop_back(); }
    void key(std::string_view k) { key_ = k; }
    void str(std::string_view v) { put(json(std::string(v))); }
    void boolean(bool v) { put(json(v)); }
    void null() { put(json(nullptr)); }
    json take() { return std::move(root_); }

private:
    json* put(json&& v) {  // the containers on the stack never move: only the innermost one grows
        if (stack_.empty()) return &(root_ = std::move(v));
        json& top = *stack_.back();
        if (top.is_array()) {
            top.push_back(std::move(v));
            return &top.back();
        }
        return &(top[std::string(key_)] = std::move(v));
    }
    void open(json&& container) { stack_.push_back(put(std::move(container))); }

    json root_;
    std::vector<json*> stack_;
    std::string_view key_;
};

class TextSink {  // compact JSON as nlohmann's dump() writes it, provided keys come in byte order
public:
    explicit TextSink(std::string& out) : out_(out) {}
    void begin_object() { open('{'); }
    void begin_array() { open('['); }
    void end() {
        out_ += closers_.back();
        closers_.pop_back();
        first_.pop_back();
    }
    void key(std::string_view k) {  // keys are fixed names
        separate();
        append_json_string(k, out_);
        out_ += ':';
        after_key_ = true;
    }
    void str(std::string_view v) {
        value();
        append_json_string(v, out_);
    }
    void boolean(bool v) {
        value();
        out_ += v ? "true" : "false";
    }
    void null() {
        value();
        out_ += "null";
    }

private:
    void separate() {
        if (first_.empty()) return;
        if (first_.back() == '0') out_ += ',';
        first_.back() = '0';
    }
    void value() {  // a member's value follows its key; an array element needs its comma
        if (after_key_) after_key_ = false;
        else separate();
    }
    void open(char bracket) {
        value();
        out_ += bracket;
        closers_.push_back(bracket == '{' ? '}' : ']');
        first_.push_back('1');
    }

    std::string& out_;
    std::string closers_;
    std::string first_;  // per open bracket: '1' while it has no member yet
    bool after_key_ = false;
};

// [SECTION] write_assessment --------------------------------------------------------------------------------------
// Every object lists its keys in byte order, so TextSink's bytes equal DomSink's dump(); tests/unit/test_json_write
// compares both on every public case and on varied cases.

template <class W>
void strings(W& w, const std::vector<std::string>& v) {
    w.begin_array();
    for (const auto& s : v) w.str(s);
    w.end();
}

template <class W, class V>
void outcome_fields(W& w, const Outcome<V>& o) {  // "rules","value": the tail of every outcome object
    w.key("rules");
    strings(w, o.rules);
    w.key("value");
    w.str(to_code(o.value));
}

template <class W, class V>
void outcome(W& w, const Outcome<V>& o) {
    w.begin_object();
    outcome_fields(w, o);
    w.end();
}

template <class W>
void write_stage(W& w, const RulebookStage& st) {
    w.begin_object();
    w.key("as_of");
    w.str(st.as_of);
    w.key("date");
    w.str(st.date);
    w.key("id");
    w.str(st.id);
    w.key("in_force");
    w.boolean(st.in_force);
    w.end();
}

template <class W>
void write_conference(W& w, const ConferenceResult& c) {
    w.begin_object();
    w.key("attendees");
    w.begin_array();
    for (const auto& at : c.attendees) {
        w.begin_object();
        w.key("may_attend");
        w.boolean(at.may_attend);
        w.key("party");
        w.str(at.party);
        w.key("rules");
        strings(w, at.rules);
        w.end();
    }
    w.end();
    w.key("client_invited");
    outcome(w, c.client_invited);
    w.key("may_be_organised");
    w.str(to_code(c.may_be_organised));
    w.key("organiser");
    w.str(c.organiser);
    w.key("rules");
    strings(w, c.rules);
    w.end();
}

template <class W>
void write_coordination(W& w, const CoordinationResult& c) {
    w.begin_object();
    if (c.adjacent_part) {
        w.key("adjacent_part");
        w.begin_object();
        w.key("domains");
        strings(w, c.adjacent_part->domains);
        w.key("rules");
        strings(w, c.adjacent_part->rules);
        w.key("value");
        w.str(to_code(c.adjacent_part->value));
        w.end();
    }
    outcome_fields(w, c);
    w.end();
}

template <class W>
void write_items(W& w, const std::vector<ItemAssessment>& items) {
    w.begin_array();
    for (const auto& it : items) {
        w.begin_object();
        w.key("ambiguities");
        strings(w, it.ambiguities);
        w.key("conditions");
        strings(w, it.conditions);
        w.key("item_id");
        w.str(it.item_id);
        w.key("rules");
        strings(w, it.rules);
        w.key("verdict");
        w.str(to_string(it.verdict));
        w.end();
    }
    w.end();
}

template <class W>
void write_investigation(W& w, const InvestigationResult& inv) {
    w.begin_object();
    if (inv.under_s2_3 && inv.under_s3_1_1) {
        w.key("alternative_readings");
        w.begin_object();
        w.key("§2.3");
        w.str(to_code(*inv.under_s2_3));
        w.key("§3.1.1");
        w.str(to_code(*inv.under_s3_1_1));
        w.end();
    }
    w.key("rules");
    strings(w, inv.rules);
    w.key("started");
    w.boolean(inv.started);
    w.key("value");
    w.str(to_code(inv.value));
    w.end();
}

template <class W>
void write_assessment(W& w, const Assessment& a) {
    const ProcessWalk& p = a.process;
    w.begin_object();
    w.key("advisories");
    w.begin_array();
    for (const auto& ad : a.advisories) {
        w.begin_object();
        w.key("code");
        w.str(ad.code);
        w.key("rules");
        strings(w, ad.rules);
        w.end();
    }
    w.end();
    w.key("ambiguity_flags");
    strings(w, a.ambiguity_flags);
    w.key("case_conference");
    if (p.case_conference) write_conference(w, *p.case_conference);
    else w.null();
    w.key("client_role");
    outcome(w, p.client_role);
    w.key("coordination");
    write_coordination(w, p.coordination);
    w.key("coordination_end");
    w.begin_object();
    if (p.coordination_end.reason) {
        w.key("reason");
        w.str(to_code(*p.coordination_end.reason));
    }
    outcome_fields(w, p.coordination_end);
    w.end();
    w.key("coordination_file");
    outcome(w, p.coordination_file);
    w.key("coordination_form");
    outcome(w, p.coordination_form);
    w.key("coordination_mode");
    outcome(w, p.coordination_mode);
    w.key("coordinator_appointed");
    outcome(w, p.coordinator_appointed);
    w.key("data_items");
    write_items(w, a.data_items);
    w.key("design_choices_applied");
    strings(w, a.design_choices_applied);
    w.key("family_members");
    w.begin_array();
    for (const auto& m : p.family_members) {
        w.begin_object();
        w.key("id");
        w.str(m.id);
        w.key("included_as_client");
        w.str(to_code(m.included_as_client));
        w.key("rules");
        strings(w, m.rules);
        w.end();
    }
    w.end();
    w.key("investigation");
    write_investigation(w, p.investigation);
    w.key("requesting_professional_involved");
    outcome(w, p.requesting_professional_involved);
    w.key("scope_limits");
    w.begin_object();
    if (p.scope_limits.agreed_domains) {
        w.key("agreed_domains");
        strings(w, *p.scope_limits.agreed_domains);
    }
    w.key("excluded_domains");
    strings(w, p.scope_limits.excluded_domains);
    w.key("rules");
    strings(w, p.scope_limits.rules);
    w.end();
    w.key("stage");
    write_stage(w, a.stage ? *a.stage : default_stage());
    w.end();
}

} // namespace

// [SECTION] to_json -----------------------------------------------------------------------------------------------

json to_json(const WalkStep& s) {
    json j{{"question", s.question},
           {"answer", s.answer},
           {"effect", std::string(to_string(s.effect))},
           {"verdict_so_far", std::string(to_string(s.verdict_so_far))},
           {"rules", sorted_ids(s.rules)},
           {"conditions", s.conditions},
           {"ambiguities", s.ambiguities},
           {"advisories", s.advisories},
           {"design_choices", s.design_choices}};
    if (s.stop_verdict) j["stop_verdict"] = std::string(to_string(*s.stop_verdict));
    return j;
}

json to_json(const Assessment& a) {
    DomSink w;
    write_assessment(w, a);
    return w.take();
}

json stage_json(const RulebookStage& s) {
    DomSink w;
    write_stage(w, s);
    return w.take();
}

void append_assessment_json(const Assessment& a, std::string& out) {
    TextSink w(out);
    write_assessment(w, a);
}

} // namespace wams
